package dev.keel.core.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whole-process generation benchmark: Keel's command-line entry against OpenAPI Generator's
 * {@code generate -g spring} on every corpus spec (run alternately, median wall time and peak RSS), and
 * Keel's growth over the corpus and synthetic contracts. Writes a Markdown report.
 *
 * <p>Run: {@code benchmarks/generation.sh}; the options are those of {@link BenchOptions}.
 */
public final class GenerationBenchmark {
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) operations, (\\d+) schemas");
    private static final String PEER_OPTIONS = "useSpringBoot3=true,interfaceOnly=false,useBeanValidation=true,"
            + "performBeanValidation=true,delegatePattern=true";

    private final BenchOptions options;
    private int runCounter;

    GenerationBenchmark(BenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        String report = new GenerationBenchmark(options).run();
        Files.createDirectories(options.report().toAbsolutePath().getParent());
        Files.writeString(options.report(), report);
        System.out.println(report);
        System.out.println("Report written to " + options.report());
    }

    /**
     * Each run writes into a directory of its own, and all are deleted once every run is done: on a file system
     * that keeps recently deleted inodes from reuse for a minute (ext4 without a journal, as on the benchmark
     * machine), every file created after a large deletion scans past the deleted inodes, which cost a GitHub-sized
     * run 0.9 s when each run's output was deleted before the next. The deletion at the end slows the next harness
     * run's first minute the same way (a 10,000-item contract 5.8 s instead of 3.6), so generation.sh has the tools
     * write to a memory file system when there is one.
     */
    String run() throws IOException, InterruptedException {
        deleteTree(outputs());
        try {
            return measureAll();
        } finally {
            deleteTree(outputs());
        }
    }

    private Path outputs() {
        return options.outputs();
    }

    private String measureAll() throws IOException, InterruptedException {
        List<Path> corpus = corpusSpecs();
        List<Path> synthetic = new ArrayList<>();
        for (int resources : options.syntheticResources()) {
            synthetic.add(SyntheticSpec.write(options.work().resolve("synthetic-" + resources + ".yaml"), resources));
        }
        StringBuilder report = new StringBuilder();
        report.append("### Keel vs OpenAPI Generator 7.25.0 (`generate -g spring`)\n\n")
                .append("Runs per tool and spec: ").append(options.runs()).append(", alternating; median wall time, ")
                .append("peak RSS of the median run's tool at its largest. Both run on the JDK of JAVA_HOME, else of ")
                .append("PATH: ").append(peerJavaVersion()).append("; both write to ").append(options.outputs())
                .append(".\n\n")
                .append("| spec | Keel ms | Keel peak RSS MiB | peer ms | peer peak RSS MiB | speed-up | RSS ratio |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        List<GrowthPoint> growth = new ArrayList<>();
        for (Path spec : corpus) {
            Comparison comparison = compare(spec);
            report.append(comparison.row()).append('\n');
            comparison.keel().size().ifPresent(size -> growth.add(new GrowthPoint(spec, size, comparison.keel().medianMillis())));
        }
        for (Path spec : synthetic) {
            Measured keel = measure(spec, this::keelCommand, options.runs());
            keel.size().ifPresent(size -> growth.add(new GrowthPoint(spec, size, keel.medianMillis())));
        }
        report.append('\n').append(GrowthPoint.table(growth));
        return report.toString();
    }

    private List<Path> corpusSpecs() throws IOException {
        if (options.corpus().isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(options.corpus().get())) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json"))
                    .sorted(Comparator.comparing(Path::toString)).collect(Collectors.toList());
        }
    }

    private Comparison compare(Path spec) throws IOException, InterruptedException {
        List<ProcessRun> keelRuns = new ArrayList<>();
        List<ProcessRun> peerRuns = new ArrayList<>();
        for (int i = 0; i < options.runs(); i++) {
            keelRuns.add(runOnce(spec, this::keelCommand));
            if (options.peerJar().isPresent()) {
                peerRuns.add(runOnce(spec, this::peerCommand));
            }
        }
        return new Comparison(spec, Measured.of(keelRuns), peerRuns.isEmpty() ? Optional.empty() : Optional.of(Measured.of(peerRuns)));
    }

    private Measured measure(Path spec, CommandFactory factory, int runs) throws IOException, InterruptedException {
        List<ProcessRun> all = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            all.add(runOnce(spec, factory));
        }
        return Measured.of(all);
    }

    private ProcessRun runOnce(Path spec, CommandFactory factory) throws IOException, InterruptedException {
        Path out = outputs().resolve("out-" + (++runCounter));
        List<String> command = factory.command(spec.toAbsolutePath(), out.toAbsolutePath());
        return ProcessRun.of(command, options.work(), options.work().resolve("logs/run-" + runCounter + ".log"));
    }

    private List<String> keelCommand(Path spec, Path out) {
        List<String> command = new ArrayList<>(options.keelCommand());
        command.addAll(List.of("generate", "--spec", spec.toString(), "--out", out.toString()));
        return command;
    }

    /** The java the peer runs on: JAVA_HOME's, else PATH's, as Keel's launcher chooses, so both run on one JDK. */
    private static String peerJava() {
        String home = System.getenv("JAVA_HOME");
        return home == null || home.isBlank() ? "java" : Path.of(home, "bin", "java").toString();
    }

    /** The first line {@code java -version} prints, e.g. {@code openjdk version "17.0.15" 2025-04-15}. */
    private String peerJavaVersion() throws IOException, InterruptedException {
        ProcessRun run = ProcessRun.of(List.of(peerJava(), "-version"), options.work(),
                options.work().resolve("logs/java-version.log"));
        return run.output().lines().filter(line -> line.contains("version")).findFirst().orElse("unknown");
    }

    private List<String> peerCommand(Path spec, Path out) {
        return List.of(peerJava(), "-jar", options.peerJar().orElseThrow().toString(), "generate", "-g", "spring",
                "-i", spec.toString(), "-o", out.toString(), "--skip-validate-spec", "--additional-properties=" + PEER_OPTIONS);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(path);
            }
        }
    }

    @FunctionalInterface
    private interface CommandFactory {
        List<String> command(Path spec, Path out);
    }

    /** The median run of one tool on one spec; failed runs make the whole measurement a failure. */
    record Measured(List<ProcessRun> runs) {
        static Measured of(List<ProcessRun> runs) {
            return new Measured(List.copyOf(runs));
        }

        boolean failed() {
            return runs.stream().anyMatch(run -> !run.succeeded());
        }

        long medianMillis() {
            long[] sorted = runs.stream().mapToLong(ProcessRun::wallMillis).sorted().toArray();
            return sorted[sorted.length / 2];
        }

        OptionalLong peakRssMib() {
            return runs.stream().map(ProcessRun::peakRssKib).filter(OptionalLong::isPresent)
                    .mapToLong(OptionalLong::getAsLong).max().stream().map(kib -> kib / 1024).findFirst();
        }

        /** Operations plus schemas, from Keel's summary line. */
        Optional<Long> size() {
            Matcher matcher = SUMMARY.matcher(runs.get(0).output());
            return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1)) + Long.parseLong(matcher.group(2)))
                    : Optional.empty();
        }

        String cell() {
            return failed() ? "failed (exit " + runs.stream().mapToInt(ProcessRun::exitCode).filter(c -> c != 0).findFirst().orElse(0) + ")"
                    : Long.toString(medianMillis());
        }

        String rssCell() {
            OptionalLong rss = peakRssMib();
            return rss.isPresent() ? Long.toString(rss.getAsLong()) : "n/a";
        }
    }

    record Comparison(Path spec, Measured keel, Optional<Measured> peer) {
        String row() {
            String peerMs = peer.map(Measured::cell).orElse("not run");
            String peerRss = peer.map(Measured::rssCell).orElse("n/a");
            String speedUp = "n/a";
            String rssRatio = "n/a";
            if (peer.isPresent() && !peer.get().failed() && !keel.failed()) {
                speedUp = String.format("%.1f×", (double) peer.get().medianMillis() / keel.medianMillis());
                OptionalLong keelRss = keel.peakRssMib();
                OptionalLong peerRssMib = peer.get().peakRssMib();
                if (keelRss.isPresent() && peerRssMib.isPresent()) {
                    rssRatio = String.format("%.2f", (double) keelRss.getAsLong() / peerRssMib.getAsLong());
                }
            }
            return "| " + spec.getFileName() + " | " + keel.cell() + " | " + keel.rssCell() + " | " + peerMs
                    + " | " + peerRss + " | " + speedUp + " | " + rssRatio + " |";
        }
    }

    static List<Integer> parseSizes(String csv) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toList());
    }
}
