package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.GenerationFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract with errors stops the run before anything is written, and says where the errors are. */
class BrokenContractStopsGenerationTest {

    @TempDir
    Path dir;

    @Test
    void generationFailsWithLocatedErrorsAndLeavesTheOutputDirectoryUntouched() throws IOException {
        Path spec = Path.of("src/test/resources/specs/several-errors.yaml");
        Path output = dir.resolve("generated");
        Path existing = output.resolve("java/com/example/Kept.java");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "class Kept {}\n");
        Files.setLastModifiedTime(existing, FileTime.fromMillis(1_000_000_000_000L));
        Map<String, String> before = snapshot(output);

        KeelConfig config = new KeelConfig(spec, List.of(), "com.example", output, Optional.empty());
        GenerationFailedException failure = catchThrowableOfType(GenerationFailedException.class,
                () -> new Keel().generate(config));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .contains("with 4 errors")
                .contains(spec + ":2: error: 'title' is missing")
                .contains(spec + ":21: error: Unknown type 'numbr'")
                .contains("[#/components/schemas/Thing/properties/count/type]");
        assertThat(failure.diagnostics()).hasSize(4);
        assertThat(snapshot(output)).isEqualTo(before);
    }

    /** Every file below {@code root} with its bytes and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String content = Files.isRegularFile(path)
                        ? new String(Files.readAllBytes(path)) + "@" + Files.getLastModifiedTime(path).toMillis()
                        : "<dir>";
                files.put(root.relativize(path).toString(), content);
            }
        }
        return files;
    }
}
