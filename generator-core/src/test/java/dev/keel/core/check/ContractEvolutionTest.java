package dev.keel.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.GenerationResult;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.RunOptions;
import dev.keel.core.diag.Diagnostic;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project with user code lives through four versions of its contract, regenerated each time as a build does:
 * the user's files are never touched, a renamed operation breaks exactly the user's method and Keel names the
 * rename, and a removed endpoint takes its generated files with it.
 */
class ContractEvolutionTest {

    static final String USER_SERVICE = """
            package com.example.notes.service;

            import com.example.notes.api.NotesHandler;
            import com.example.notes.model.Note;
            import com.example.notes.model.NoteCreate;
            import java.util.UUID;

            public class NotesService implements NotesHandler {

                @Override
                public Note createNote(NoteCreate body) {
                    return new Note(UUID.randomUUID(), body.title());
                }

                @Override
                public Note getNote(UUID id) {
                    return new Note(id, "remembered");
                }
            }
            """;

    @TempDir
    Path project;

    @Test
    void userCodeSurvivesEveryVersionAndBreaksOnlyWhereTheContractBrokeIt() throws Exception {
        Path userFile = project.resolve("src/main/java/com/example/notes/service/NotesService.java");
        Files.createDirectories(userFile.getParent());
        Files.writeString(userFile, USER_SERVICE);
        byte[] userBytes = Files.readAllBytes(userFile);

        generate("v1.yaml");
        assertThat(compile().errors()).isEmpty();

        GenerationResult v2 = generate("v2.yaml");
        assertThat(v2.files().written()).contains("java/com/example/notes/model/NoteCreate.java");
        assertThat(Files.readAllBytes(userFile)).isEqualTo(userBytes);
        assertThat(compile().errors()).isEmpty();

        GenerationResult v3 = generate("v3.yaml");
        assertThat(v3.warnings()).extracting(Diagnostic::format).anySatisfy(warning -> assertThat(warning)
                .contains("operation getNote (GET /notes/{id}) was renamed to fetchNote")
                .contains("rename your implementation of getNote to fetchNote"));
        List<javax.tools.Diagnostic<? extends JavaFileObject>> errors = compile().errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getSource().getName()).endsWith("NotesService.java");
        assertThat(errors.get(0).getLineNumber()).isEqualTo(lineOf(USER_SERVICE, "public Note getNote") - 1);
        assertThat(errors.get(0).getMessage(Locale.ROOT)).contains("does not override");
        assertThat(Files.readAllBytes(userFile)).isEqualTo(userBytes);

        Path labelsHandler = project.resolve("target/keel/java/com/example/notes/api/LabelsHandler.java");
        assertThat(labelsHandler).exists();
        GenerationResult v4 = generate("v4.yaml");
        assertThat(v4.files().removed()).contains("java/com/example/notes/api/LabelsHandler.java",
                "java/com/example/notes/api/LabelsController.java");
        assertThat(labelsHandler).doesNotExist();
        assertThat(v4.warnings()).extracting(Diagnostic::format)
                .anySatisfy(warning -> assertThat(warning).contains("operation listLabels (GET /labels) was removed"));
        assertThat(Files.readAllBytes(userFile)).isEqualTo(userBytes);
    }

    private GenerationResult generate(String version) throws IOException, URISyntaxException {
        Path spec = project.resolve("openapi.yaml");
        Files.copy(Path.of(getClass().getResource("/evolution/" + version).toURI()), spec,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        KeelConfig config = new KeelConfig(spec, List.of(), "com.example.notes", project.resolve("target/keel"),
                Optional.empty()).withRun(RunOptions.DEFAULTS.withIncremental(true)
                .withContractSnapshot(Optional.of(project.resolve("src/main/resources/keel/contract-snapshot.json"))));
        return new Keel().generate(config);
    }

    private Compilation compile() throws IOException {
        List<JavaFileObject> sources = new ArrayList<>();
        for (Path root : List.of(project.resolve("src/main/java"), project.resolve("target/keel/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    sources.add(JavaFileObjects.forResource(file.toUri().toURL()));
                }
            }
        }
        return Compiler.javac().withOptions("-parameters", "-Xlint:none").compile(sources);
    }

    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
