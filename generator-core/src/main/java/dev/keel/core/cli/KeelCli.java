package dev.keel.core.cli;

import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code java -jar keel-cli.jar generate --spec FILE --out DIR}: the same generation as the Maven plugin, written
 * into a Maven project of its own. Exit status 0 on success, 1 when the contract or DDL has errors (the located
 * diagnostics on stderr, nothing written), 2 for bad arguments (with the usage).
 */
public final class KeelCli {

    static final int OK = 0;
    static final int GENERATION_FAILED = 1;
    static final int BAD_ARGUMENTS = 2;

    /** Where the generated {@code java/} and {@code resources/} go inside the project: Maven's main roots. */
    static final String SOURCES = "src/main";

    private final PrintStream out;
    private final PrintStream err;

    KeelCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        quietLogging();
        System.exit(new KeelCli(System.out, System.err).run(args));
    }

    static void quietLogging() {
        // The parsers log through SLF4J; the jar has no provider, and one line per finding is all a user needs.
        // slf4j-api's own no-op provider: naming a class the jar lacks printed a stack trace on every run.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN"); // not "Attempting to load provider ..."
        }
    }

    int run(String[] args) {
        CliArguments arguments;
        try {
            arguments = CliArguments.parse(args);
        } catch (CliArguments.UsageException e) {
            err.println("keel: " + e.getMessage());
            err.println();
            err.println(CliArguments.USAGE);
            return BAD_ARGUMENTS;
        }
        if (arguments.help()) {
            out.println(CliArguments.USAGE);
            return OK;
        }
        return generate(arguments);
    }

    private int generate(CliArguments arguments) {
        Path project = arguments.out().toAbsolutePath().normalize();
        KeelConfig config = new KeelConfig(arguments.spec(), arguments.schemas(), arguments.basePackage(),
                project.resolve(SOURCES), Optional.empty(),
                arguments.schemas().isEmpty() ? Optional.empty()
                        : Optional.of(project.resolve(SOURCES).resolve("resources/db/migration")),
                false);
        try {
            GenerationResult result = new Keel().generate(config);
            print(result.warnings());
            writePomUnlessPresent(project, arguments.basePackage());
            out.println(result.summary());
            return OK;
        } catch (GenerationFailedException e) {
            // The message lists the errors, located; warnings come first as the plugin logs them.
            print(e.diagnostics().stream().filter(diagnostic -> !diagnostic.isError()).toList());
            err.println(e.getMessage());
            return GENERATION_FAILED;
        } catch (UncheckedIOException e) {
            err.println("keel: " + e.getMessage());
            return GENERATION_FAILED;
        } catch (RuntimeException e) {
            err.println("keel: failed unexpectedly while generating from " + arguments.spec() + " (" + e
                    + "); please report this with the contract that caused it");
            return GENERATION_FAILED;
        }
    }

    /** The pom is the user's once written: a later run leaves it as it is. */
    private void writePomUnlessPresent(Path project, String basePackage) {
        Path pom = project.resolve("pom.xml");
        if (Files.exists(pom)) {
            return;
        }
        String fileName = project.getFileName() == null ? "keel-app" : project.getFileName().toString();
        try {
            Files.createDirectories(project);
            Files.writeString(pom, ProjectPom.of(basePackage, fileName).render(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not write " + pom + ": " + e.getMessage(), e);
        }
        out.println("Keel: wrote " + pom);
    }

    private void print(List<Diagnostic> diagnostics) {
        diagnostics.forEach(diagnostic -> err.println(diagnostic.format()));
    }
}
