package dev.keel.core.write;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.extension.KeelExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Skips a run whose inputs did not change: after each run the {@link InputFingerprint} of its inputs is stored in
 * {@value #FILE_NAME} in the output directory with the run's counts; the next run with the same fingerprint, whose
 * files are all still as Keel wrote them, writes nothing. A run that reads a live database is never skipped.
 */
public final class IncrementalRun {

    public static final String FILE_NAME = ".keel-fingerprint";
    /** A file of the templates jar, which holds no class to find its code source by. */
    private static final String BUILT_IN_TEMPLATE = "/dev/keel/templates/application-defaults.yaml.ftl";

    /** What the stored run produced, so a skipped run can still print its summary. */
    public record Stored(String fingerprint, int operations, int schemas, int files) {
    }

    private IncrementalRun() {
    }

    /**
     * Starts the slow part of the fingerprint, reading Keel's own jar, on another core while the contract is read;
     * {@link #store} needs it at the end of every run.
     */
    public static void prepareFingerprint() {
        JarIdentity.readInBackground(IncrementalRun.class);
    }

    /** The stored run, when the inputs are the ones it saw and its output is intact. */
    public static Optional<Stored> upToDate(KeelConfig config) {
        if (!config.run().incremental() || config.database().isPresent()) {
            return Optional.empty();
        }
        Optional<Stored> stored = read(config.outputDirectory());
        if (stored.isEmpty() || !stored.get().fingerprint().equals(fingerprint(config))) {
            return Optional.empty();
        }
        return outputIntact(config.outputDirectory()) ? stored : Optional.empty();
    }

    /** Remembers this run; nothing in a dry run, which must write nothing. */
    public static void store(KeelConfig config, int operations, int schemas, int files) {
        if (config.run().dryRun() || config.database().isPresent()) {
            return;
        }
        String text = "fingerprint " + fingerprint(config) + "\noperations " + operations + "\nschemas " + schemas
                + "\nfiles " + files + "\n";
        Path file = config.outputDirectory().resolve(FILE_NAME);
        try {
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                Files.createDirectories(config.outputDirectory());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Keel could not write " + file + ": " + e.getMessage(), e);
        }
    }

    static String fingerprint(KeelConfig config) {
        InputFingerprint fingerprint = new InputFingerprint()
                .value("basePackage", config.basePackage())
                .value("outputDirectory", config.outputDirectory().toAbsolutePath().normalize())
                .value("allowDestructiveMigrations", config.allowDestructiveMigrations())
                .value("schemas", config.schemas())
                .specWithReferences(config.spec())
                .codeOf(IncrementalRun.class)
                .codeOfResource(BUILT_IN_TEMPLATE);
        config.schemas().forEach(fingerprint::file);
        config.templateDirectory().ifPresent(fingerprint::directory);
        config.migrationDirectory().ifPresent(fingerprint::directory);
        fingerprint.value("contractSnapshot", config.run().contractSnapshot());
        config.run().contractSnapshot().ifPresent(fingerprint::file);
        List<KeelExtension> extensions = config.run().extensions();
        extensions.forEach(extension -> fingerprint.value("extension", extension.name()).codeOf(extension.getClass()));
        return fingerprint.hash();
    }

    private static Optional<Stored> read(Path outputDirectory) {
        Path file = outputDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Map<String, String> values = new java.util.HashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    values.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            return Optional.of(new Stored(values.getOrDefault("fingerprint", ""),
                    Integer.parseInt(values.getOrDefault("operations", "0")),
                    Integer.parseInt(values.getOrDefault("schemas", "0")),
                    Integer.parseInt(values.getOrDefault("files", "0"))));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every file of the manifest is there with the bytes Keel wrote. */
    private static boolean outputIntact(Path outputDirectory) {
        Manifest manifest = Manifest.read(outputDirectory);
        if (manifest.hashes().isEmpty()) {
            return false;
        }
        for (Map.Entry<String, Optional<String>> entry : manifest.hashes().entrySet()) {
            Path file = outputDirectory.resolve(entry.getKey());
            try {
                if (entry.getValue().isEmpty() || !Files.isRegularFile(file)
                        || !entry.getValue().get().equals(Manifest.sha256(Files.readAllBytes(file)))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
