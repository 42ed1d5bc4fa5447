package dev.keel.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation benchmark's smoke run: the harness starts Keel's command-line entry as whole processes on two
 * synthetic contracts and one real spec and reports each size and time; the peer tool is left out. The figures
 * themselves belong in BENCHMARKS.md, not in an assertion.
 */
class GenerationBenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void harnessMeasuresKeelOnSyntheticAndRealContracts() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Path.of("../sample-specs/projects/openapi.yaml"), corpus.resolve("projects.yaml"));
        String keel = "java -cp " + System.getProperty("java.class.path") + " dev.keel.core.cli.KeelCli";
        BenchOptions options = BenchOptions.parse("--keel", keel, "--corpus", corpus.toString(), "--runs", "1",
                "--synthetic", "2,5", "--work", work.resolve("bench").toString(), "--report",
                work.resolve("report.md").toString());

        String report = new GenerationBenchmark(options).run();

        assertThat(report).containsPattern(Pattern.compile("\\| projects\\.yaml \\| \\d+ \\| (\\d+|n/a) \\| not run \\|"));
        // Two resources: 8 operations and 8 schemas; five: 20 and 20 (SyntheticSpec's shape).
        assertThat(report).containsPattern("\\| synthetic-2\\.yaml \\| 16 \\| \\d+ \\|");
        assertThat(report).containsPattern("\\| synthetic-5\\.yaml \\| 40 \\| \\d+ \\|");
        assertThat(report).contains("Least-squares fit over 3 points");
        assertThat(work.resolve("bench/outputs")).as("every run's output deleted at the end").doesNotExist();
    }
}
