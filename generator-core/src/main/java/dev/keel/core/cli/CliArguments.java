package dev.keel.core.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.SourceVersion;

/**
 * The arguments of {@code keel generate}, parsed by hand: there are few, and a parser library would be the jar's
 * biggest dependency for the least work.
 *
 * @param help whether {@code --help} was asked for; the other components are then unset
 */
record CliArguments(boolean help, Path spec, Path out, String basePackage, List<Path> schemas) {

    static final String DEFAULT_PACKAGE = "com.example.app";

    static final String USAGE = String.join("\n",
            "Usage: java -jar keel-cli.jar generate --spec FILE --out DIR [--package P] [--schema DDL ...]",
            "",
            "Writes a Maven project into DIR: pom.xml (unless one exists), the generated sources in",
            "src/main/java and src/main/resources, and, with --schema, the Flyway migrations in",
            "src/main/resources/db/migration.",
            "",
            "  --spec FILE     the OpenAPI 3.0/3.1 contract (YAML or JSON)",
            "  --out DIR       the project directory to write",
            "  --package P     Java package of the generated code (default " + DEFAULT_PACKAGE + ")",
            "  --schema DDL    a SQL DDL file; repeat for several, applied in order",
            "  --help          print this text",
            "",
            "Exit status: 0 generated, 1 the contract or DDL has errors (listed on stderr), 2 bad arguments.");

    CliArguments {
        schemas = List.copyOf(schemas);
    }

    /** A problem with the command line itself: the message, then the usage, exit status 2. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    static CliArguments parse(String[] args) throws UsageException {
        List<String> words = List.of(args);
        if (words.contains("--help") || words.contains("-h")) {
            return new CliArguments(true, null, null, null, List.of());
        }
        if (words.isEmpty()) {
            throw new UsageException("no command given");
        }
        if (!words.get(0).equals("generate")) {
            throw new UsageException("unknown command '" + words.get(0) + "'; the only command is generate");
        }
        Path spec = null;
        Path out = null;
        String basePackage = null;
        List<Path> schemas = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            int equals = word.indexOf('=');
            String option = equals > 0 && word.startsWith("--") ? word.substring(0, equals) : word;
            String value;
            if (equals > 0 && word.startsWith("--")) {
                value = word.substring(equals + 1);
            } else if (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
                value = words.get(++i);
            } else {
                value = null;
            }
            switch (option) {
                case "--spec" -> spec = once(spec, Path.of(required(option, value)), option);
                case "--out" -> out = once(out, Path.of(required(option, value)), option);
                case "--package" -> basePackage = once(basePackage, required(option, value), option);
                case "--schema" -> schemas.add(Path.of(required(option, value)));
                default -> throw new UsageException("unknown option '" + word + "'");
            }
        }
        return checked(spec, out, Optional.ofNullable(basePackage).orElse(DEFAULT_PACKAGE), schemas);
    }

    private static CliArguments checked(Path spec, Path out, String basePackage, List<Path> schemas)
            throws UsageException {
        if (spec == null) {
            throw new UsageException("--spec is required");
        }
        if (out == null) {
            throw new UsageException("--out is required");
        }
        if (!Files.isRegularFile(spec)) {
            throw new UsageException("--spec " + spec + ": no such file");
        }
        for (Path schema : schemas) {
            if (!Files.isRegularFile(schema)) {
                throw new UsageException("--schema " + schema + ": no such file");
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a file, not a directory");
        }
        if (!SourceVersion.isName(basePackage)) {
            throw new UsageException("--package '" + basePackage + "' is not a Java package name, e.g. "
                    + DEFAULT_PACKAGE);
        }
        return new CliArguments(false, spec, out, basePackage, schemas);
    }

    private static String required(String option, String value) throws UsageException {
        if (value == null || value.isBlank()) {
            throw new UsageException(option + " needs a value");
        }
        return value;
    }

    private static <T> T once(T previous, T value, String option) throws UsageException {
        if (previous != null) {
            throw new UsageException(option + " is given twice");
        }
        return value;
    }
}
