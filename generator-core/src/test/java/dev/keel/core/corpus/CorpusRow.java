package dev.keel.core.corpus;

import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What Keel made of one corpus spec: sizes, generation time and the compile times on each JDK; or the first
 * located error when Keel stopped.
 */
record CorpusRow(String spec, Optional<String> stoppedAt, int operations, int schemas, int files, long lines,
        long generationMillis, Optional<Long> jdk17Millis, Optional<Long> jdk25Millis) {

    static CorpusRow generated(String spec, int operations, int schemas, int files, long lines, long millis) {
        return new CorpusRow(spec, Optional.empty(), operations, schemas, files, lines, millis, Optional.empty(),
                Optional.empty());
    }

    static CorpusRow stopped(String spec, String diagnostic) {
        return new CorpusRow(spec, Optional.of(diagnostic), 0, 0, 0, 0, 0, Optional.empty(), Optional.empty());
    }

    CorpusRow withJdk17(long millis) {
        return new CorpusRow(spec, stoppedAt, operations, schemas, files, lines, generationMillis, Optional.of(millis),
                jdk25Millis);
    }

    CorpusRow withJdk25(long millis) {
        return new CorpusRow(spec, stoppedAt, operations, schemas, files, lines, generationMillis, jdk17Millis,
                Optional.of(millis));
    }

    /** The first measurement of a spec keeps its sizes; the compile times of both runs are kept. */
    CorpusRow merge(CorpusRow other) {
        return new CorpusRow(spec, stoppedAt, operations, schemas, files, lines, generationMillis,
                jdk17Millis.or(other::jdk17Millis), jdk25Millis.or(other::jdk25Millis));
    }

    static String table(Collection<CorpusRow> rows) {
        String header = "| spec | operations | schemas | files | lines | generation ms | javac 17 ms | javac 25 ms |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|\n";
        return header + rows.stream().map(CorpusRow::line).collect(Collectors.joining("\n")) + "\n";
    }

    private String line() {
        if (stoppedAt.isPresent()) {
            return "| " + spec + " | stopped: `" + stoppedAt.get().replace("|", "\\|") + "` | | | | | | |";
        }
        return "| " + spec + " | " + operations + " | " + schemas + " | " + files + " | " + lines + " | "
                + generationMillis + " | " + jdk17Millis.map(String::valueOf).orElse("–") + " | "
                + jdk25Millis.map(String::valueOf).orElse("–") + " |";
    }
}
