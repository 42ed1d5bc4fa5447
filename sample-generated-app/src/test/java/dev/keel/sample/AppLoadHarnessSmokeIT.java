package dev.keel.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke run of the load benchmark (benchmarks/app_load.py --smoke) against the jar this build made: it starts
 * the app twice on embedded PostgreSQL and Redis, loads every path with wrk, paces 1,000 requests at 1,000/s
 * through benchmarks/paced.lua and counts the rows a paced POST run added. Proves the harness, measures nothing.
 */
class AppLoadHarnessSmokeIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = Path.of("target/keel-sample-app.jar").toAbsolutePath();
    private static final Pattern ROW = Pattern.compile("^\\| (GET by id \\(cache hit\\)|GET list \\(database, cache off\\)"
            + "|POST create) \\|.* \\| (\\d+) \\|$", Pattern.MULTILINE);
    private static final Pattern CREATED = Pattern.compile(
            "POST create paced: (\\d+) answered 201, (\\d+) rows added \\((equal|NOT EQUAL)\\)\\.");

    @TempDir
    Path work;

    @Test
    void theSmokeRunLoadsEveryPathAndCountsAsManyRowsAsCreatedAnswers() throws Exception {
        assumeTrue(onPath("wrk") && onPath("python3"), "the load benchmark needs wrk and python3");
        Path report = work.resolve("app-load.md");
        Path log = work.resolve("harness.log");
        Process harness = new ProcessBuilder("python3", "benchmarks/app_load.py", "--smoke", "--jar", JAR.toString(),
                "--report", report.toString(), "--port", Integer.toString(freePort()))
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = harness.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            harness.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(output).isTrue();
        assertThat(harness.exitValue()).as(output).isZero();

        String text = Files.readString(report, StandardCharsets.UTF_8);
        Matcher row = ROW.matcher(text);
        int rows = 0;
        while (row.find()) {
            rows++;
            assertThat(row.group(2)).as("errors and non-2xx answers of " + row.group(1)).isEqualTo("0");
        }
        assertThat(rows).as(text).isEqualTo(3);
        Matcher created = CREATED.matcher(text);
        assertThat(created.find()).as(text).isTrue();
        assertThat(List.of(created.group(1), created.group(2), created.group(3))).containsExactly("1000", "1000", "equal");
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
