package dev.keel.core.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.core.emit.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path out;

    @Test
    void firstRunWritesEveryFile() throws IOException {
        WriteReport report = new OutputWriter(out).write(List.of(
                GeneratedFile.text("java/a/A.java", "class A {}"), GeneratedFile.text("resources/x.yaml", "x: 1")));

        assertThat(report.written()).containsExactly("java/a/A.java", "resources/x.yaml");
        assertThat(Files.readString(out.resolve("java/a/A.java"))).isEqualTo("class A {}");
    }

    @Test
    void manyFilesAreWrittenReportedAndHashedInPathOrder() throws IOException {
        List<GeneratedFile> files = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> GeneratedFile.text("java/p%d/F%03d.java".formatted(i % 7, i), "class F" + i + " {}"))
                .sorted(java.util.Comparator.comparing(GeneratedFile::relativePath))
                .toList();
        List<String> paths = files.stream().map(GeneratedFile::relativePath).toList();

        WriteReport first = new OutputWriter(out).write(files);
        Files.writeString(out.resolve("java/p3/F010.java"), "edited by a user");
        WriteReport second = new OutputWriter(out).write(files);

        assertThat(first.written()).isEqualTo(paths);
        assertThat(Files.readString(out.resolve("java/p5/F299.java"))).isEqualTo("class F299 {}");
        assertThat(Files.readAllLines(out.resolve(Manifest.FILE_NAME)))
                .extracting(line -> line.substring(line.indexOf(' ') + 1)).isEqualTo(paths);
        assertThat(second.written()).containsExactly("java/p3/F010.java");
        assertThat(second.backedUp()).containsExactly("java/p3/F010.java");
        assertThat(second.unchanged()).hasSize(299);
    }

    @Test
    void unchangedFilesAreNotRewrittenSoTheirModificationTimeStays() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A {}")));
        Path file = out.resolve("java/a/A.java");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file, old);

        WriteReport second = writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A {}")));

        assertThat(second.written()).isEmpty();
        assertThat(second.unchanged()).containsExactly("java/a/A.java");
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void changedBytesAreRewritten() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A {}")));

        WriteReport second = writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A { int x; }")));

        assertThat(second.written()).containsExactly("java/a/A.java");
        assertThat(Files.readString(out.resolve("java/a/A.java"))).isEqualTo("class A { int x; }");
    }

    @Test
    void filesNoLongerGeneratedAreRemovedButForeignFilesStay() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "A"), GeneratedFile.text("java/b/B.java", "B")));
        Files.writeString(out.resolve("java/a/Mine.java"), "user file");

        WriteReport second = writer.write(List.of(GeneratedFile.text("java/a/A.java", "A")));

        assertThat(second.removed()).containsExactly("java/b/B.java");
        assertThat(out.resolve("java/b")).doesNotExist();
        assertThat(out.resolve("java/a/Mine.java")).hasContent("user file");
    }

    @Test
    void refusesToWriteOutsideTheOutputDirectory() {
        OutputWriter writer = new OutputWriter(out.resolve("gen"));

        assertThatThrownBy(() -> writer.write(List.of(GeneratedFile.text("../escape.txt", "x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside");
        assertThat(out.resolve("escape.txt")).doesNotExist();
    }

    @Test
    void aFileKeelDidNotWriteIsReportedAndNeverRemoved() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "A")));
        Files.writeString(out.resolve("java/a/Mine.java"), "user file");

        WriteReport second = writer.write(List.of());

        assertThat(second.removed()).containsExactly("java/a/A.java");
        assertThat(second.foreign()).containsExactly("java/a/Mine.java");
        assertThat(out.resolve("java/a/Mine.java")).hasContent("user file");
    }

    @Test
    void anEditedGeneratedFileIsCopiedAsideBeforeItIsReplaced() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A {}")));
        Files.writeString(out.resolve("java/a/A.java"), "class A { /* my fix */ }");

        WriteReport second = writer.write(List.of(GeneratedFile.text("java/a/A.java", "class A {}")));

        assertThat(second.backedUp()).containsExactly("java/a/A.java");
        assertThat(out.resolve("java/a/A.java")).hasContent("class A {}");
        assertThat(out.resolve(".keel-backup/java/a/A.java")).hasContent("class A { /* my fix */ }");
    }

    @Test
    void anEditedFileNoLongerGeneratedIsCopiedAsideBeforeItIsRemoved() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/b/B.java", "class B {}")));
        Files.writeString(out.resolve("java/b/B.java"), "class B { int mine; }");

        WriteReport second = writer.write(List.of());

        assertThat(second.removed()).containsExactly("java/b/B.java");
        assertThat(out.resolve(".keel-backup/java/b/B.java")).hasContent("class B { int mine; }");
    }

    @Test
    void aPlanSaysWhatWouldChangeAndTouchesNothing() throws IOException {
        OutputWriter writer = new OutputWriter(out);
        writer.write(List.of(GeneratedFile.text("java/a/A.java", "A"), GeneratedFile.text("java/b/B.java", "B")));
        String manifest = Files.readString(out.resolve(OutputWriter.MANIFEST));

        WriteReport plan = writer.plan(List.of(GeneratedFile.text("java/a/A.java", "A2"),
                GeneratedFile.text("java/c/C.java", "C")));

        assertThat(plan.written()).containsExactly("java/a/A.java", "java/c/C.java");
        assertThat(plan.removed()).containsExactly("java/b/B.java");
        assertThat(out.resolve("java/a/A.java")).hasContent("A");
        assertThat(out.resolve("java/b/B.java")).hasContent("B");
        assertThat(out.resolve("java/c")).doesNotExist();
        assertThat(out.resolve(OutputWriter.MANIFEST)).hasContent(manifest);
    }

    @Test
    void theManifestRecordsTheHashOfEveryFileWritten() {
        new OutputWriter(out).write(List.of(GeneratedFile.text("java/a/A.java", "A")));

        assertThat(Manifest.read(out).hash("java/a/A.java")).contains(Manifest.contentHash("A".getBytes()))
                .hasValueSatisfying(hash -> assertThat(hash).hasSize(32).isHexadecimal());
    }

    @Test
    void aManifestWithAnOlderKeelsSha256HashesStillTellsAnEditFromKeelsOwnBytes() throws IOException {
        Files.createDirectories(out.resolve("java/a"));
        Files.writeString(out.resolve("java/a/A.java"), "class A {}");
        Files.writeString(out.resolve("java/a/B.java"), "class B { /* my fix */ }");
        Files.writeString(out.resolve(OutputWriter.MANIFEST),
                Manifest.sha256("class A {}".getBytes()) + " java/a/A.java\n"
                        + Manifest.sha256("class B {}".getBytes()) + " java/a/B.java\n");

        WriteReport report = new OutputWriter(out).write(List.of(GeneratedFile.text("java/a/A.java", "class A { }"),
                GeneratedFile.text("java/a/B.java", "class B { }")));

        assertThat(report.backedUp()).containsExactly("java/a/B.java");
        assertThat(out.resolve(".keel-backup/java/a/B.java")).hasContent("class B { /* my fix */ }");
        assertThat(Manifest.read(out).hash("java/a/A.java")).contains(Manifest.contentHash("class A { }".getBytes()));
    }

    @Test
    void theContentHashTellsBytesApartAndIsStable() {
        assertThat(Manifest.contentHash("class A {}".getBytes()))
                .isEqualTo(Manifest.contentHash("class A {}".getBytes()))
                .isNotEqualTo(Manifest.contentHash("class A {} ".getBytes()))
                .isNotEqualTo(Manifest.contentHash("class B {}".getBytes()));
        // MurmurHash3 x64 128, seed 0, as the reference algorithm computes it (h1 then h2, each in hex).
        assertThat(Manifest.contentHash(new byte[0])).isEqualTo("0".repeat(32));
        assertThat(Manifest.contentHash("hello".getBytes())).isEqualTo("cbd8a7b341bd9b025b1e906a48ae1d19");
        assertThat(Manifest.contentHash("The quick brown fox jumps over the lazy dog".getBytes()))
                .isEqualTo("e34bbc7bbc071b6c7a433ca9c49a9347");
    }
}
