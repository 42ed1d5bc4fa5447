package dev.keel.core.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Options of {@link GenerationBenchmark}: {@code --keel "java -jar keel-cli.jar"}, {@code --peer-jar FILE},
 * {@code --corpus DIR}, {@code --runs N}, {@code --synthetic 100,1250}, {@code --work DIR}, {@code --report FILE},
 * {@code --outputs DIR} (where the tools write; default {@code outputs} in the work directory).
 */
record BenchOptions(List<String> keelCommand, Optional<Path> peerJar, Optional<Path> corpus, int runs,
        List<Integer> syntheticResources, Path work, Path report, Path outputs) {

    static BenchOptions parse(String... args) {
        List<String> keel = List.of("java", "-jar", "generator-core/target/keel-cli.jar");
        Optional<Path> peer = Optional.empty();
        Optional<Path> corpus = Optional.empty();
        int runs = 5;
        List<Integer> synthetic = List.of();
        Path work = Path.of("target/bench");
        Path report = Path.of("target/bench/generation.md");
        Path outputs = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--keel" -> keel = new ArrayList<>(Arrays.asList(value.trim().split("\\s+")));
                case "--peer-jar" -> peer = value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
                case "--corpus" -> corpus = value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
                case "--runs" -> runs = Integer.parseInt(value);
                case "--synthetic" -> synthetic = GenerationBenchmark.parseSizes(value);
                case "--work" -> work = Path.of(value);
                case "--report" -> report = Path.of(value);
                case "--outputs" -> outputs = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        Path workDirectory = work.toAbsolutePath();
        return new BenchOptions(List.copyOf(keel), peer, corpus, runs, synthetic, workDirectory, report,
                outputs == null ? workDirectory.resolve("outputs") : outputs.toAbsolutePath());
    }
}
