package dev.keel.core.write;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.extension.KeelExtension;
import dev.keel.core.work.InParallel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Skips a run whose inputs did not change: after each run the {@link InputFingerprint} of its inputs is stored in
 * {@value #FILE_NAME} in the output directory with the run's counts; the next run with the same fingerprint, whose
 * files are all still as Keel wrote them, writes nothing. A run that reads a live database is never skipped.
 *
 * <p>The contract is read as the run starts, on another core while the run parses it: the stored fingerprint then
 * describes the contract the run read, so one edited while the run lasted is generated again by the next run. The rest
 * is read at the end, after the run has written its migration and snapshot, which are inputs of the next run.
 */
public final class IncrementalRun {

    public static final String FILE_NAME = ".keel-fingerprint";
    /** A file of the templates jar, which holds no class to find its code source by. */
    private static final String BUILT_IN_TEMPLATE = "/dev/keel/templates/application-defaults.yaml.ftl";

    /** What the stored run produced, so a skipped run can still print its summary. */
    public record Stored(String fingerprint, int operations, int schemas, int files) {
    }

    private final KeelConfig config;
    private final Optional<CompletableFuture<InputFingerprint.ContractFiles>> contract;

    private IncrementalRun(KeelConfig config, Optional<CompletableFuture<InputFingerprint.ContractFiles>> contract) {
        this.config = config;
        this.contract = contract;
    }

    /**
     * Starts the fingerprint's reading on another core: Keel's own jar and the contract, while the run reads the
     * contract itself. Nothing is read for a run that can neither be skipped nor be stored.
     */
    public static IncrementalRun begin(KeelConfig config) {
        boolean fingerprinted = config.database().isEmpty() && (config.run().incremental() || !config.run().dryRun());
        if (!fingerprinted) {
            return new IncrementalRun(config, Optional.empty());
        }
        JarIdentity.readInBackground(IncrementalRun.class);
        return new IncrementalRun(config,
                Optional.of(InParallel.start(() -> InputFingerprint.ContractFiles.read(config.spec()))));
    }

    /**
     * Waits until the contract's files are read; called once the run has read the contract, so what the run makes of
     * it later (its extensions included) can never be mistaken for an edit made before the run.
     */
    public void contractRead() {
        contract.ifPresent(InParallel::join);
    }

    /** The stored run, when the inputs are the ones it saw and its output is intact. */
    public Optional<Stored> upToDate() {
        if (!config.run().incremental() || contract.isEmpty()) {
            return Optional.empty();
        }
        Optional<Stored> stored = read(config.outputDirectory());
        if (stored.isEmpty() || !stored.get().fingerprint().equals(fingerprint())) {
            return Optional.empty();
        }
        return outputIntact(config.outputDirectory()) ? stored : Optional.empty();
    }

    /** Remembers this run; nothing in a dry run, which must write nothing. */
    public void store(int operations, int schemas, int files) {
        if (config.run().dryRun() || contract.isEmpty()) {
            return;
        }
        String text = "fingerprint " + fingerprint() + "\noperations " + operations + "\nschemas " + schemas
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

    private String fingerprint() {
        InputFingerprint fingerprint = new InputFingerprint()
                .value("basePackage", config.basePackage())
                .value("outputDirectory", config.outputDirectory().toAbsolutePath().normalize())
                .value("allowDestructiveMigrations", config.allowDestructiveMigrations())
                .value("schemas", config.schemas())
                .contract(InParallel.join(contract.orElseThrow()))
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
                        || !Manifest.hashMatches(entry.getValue().get(), Files.readAllBytes(file))) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
