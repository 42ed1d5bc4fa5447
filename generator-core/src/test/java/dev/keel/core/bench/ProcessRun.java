package dev.keel.core.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * One whole-process run: wall time from fork to exit, and peak resident memory as GNU time reports it
 * ({@code /usr/bin/time -f %M}, in KiB) when that tool is installed.
 */
record ProcessRun(int exitCode, long wallMillis, OptionalLong peakRssKib, String output) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final String RSS_MARKER = "keel-bench-peak-rss-kib=";

    static ProcessRun of(List<String> command, Path workDirectory, Path log) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean measuresRss = Files.isExecutable(GNU_TIME);
        if (measuresRss) {
            full.addAll(List.of(GNU_TIME.toString(), "-f", RSS_MARKER + "%M"));
        }
        full.addAll(command);
        Files.createDirectories(log.getParent());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        long wall = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new ProcessRun(exit, wall, peakRss(output), output);
    }

    private static OptionalLong peakRss(String output) {
        int at = output.lastIndexOf(RSS_MARKER);
        if (at < 0) {
            return OptionalLong.empty();
        }
        String digits = output.substring(at + RSS_MARKER.length()).trim().split("\\s+")[0];
        return OptionalLong.of(Long.parseLong(digits));
    }

    boolean succeeded() {
        return exitCode == 0;
    }
}
