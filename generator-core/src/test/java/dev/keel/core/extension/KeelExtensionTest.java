package dev.keel.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.RunOptions;
import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.emit.GeneratedFile;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeelExtensionTest {

    /** Marks every model record and lists the operations in a file of its own. */
    static final class AuditExtension implements KeelExtension {
        @Override
        public void customizeType(ClassName className, TypeSpec.Builder type, ExtensionContext context) {
            if (className.packageName().endsWith(".model") && className.simpleName().equals("Note")) {
                type.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
                type.addMethod(MethodSpec.methodBuilder("audited").addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class).addStatement("return true").build());
            }
        }

        @Override
        public List<GeneratedFile> additionalFiles(ExtensionContext context) {
            return List.of(GeneratedFile.text("resources/audit/operations.txt", String.join("\n",
                    context.api().operations().stream().map(operation -> operation.operationId()).toList())));
        }
    }

    @TempDir
    Path out;

    @Test
    void anExtensionChangesAGeneratedTypeAndAddsAFile() throws Exception {
        new Keel().generate(config(new AuditExtension()));

        String note = Files.readString(out.resolve("java/com/example/notes/model/Note.java"));
        assertThat(note).contains("@Deprecated").contains("public boolean audited()");
        assertThat(out.resolve("resources/audit/operations.txt")).content().contains("createNote");
        assertThat(Files.readString(out.resolve("java/com/example/notes/model/NoteCreate.java")))
                .doesNotContain("audited");
    }

    @Test
    void anExtensionThatThrowsFailsTheRunWithItsName() {
        KeelExtension broken = new KeelExtension() {
            @Override
            public String name() {
                return "broken-extension";
            }

            @Override
            public void customizeType(ClassName className, TypeSpec.Builder type, ExtensionContext context) {
                throw new IllegalStateException("no such column");
            }
        };

        assertThatThrownBy(() -> new Keel().generate(config(broken)))
                .isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("broken-extension")
                .hasMessageContaining("no such column");
        assertThat(out).isEmptyDirectory();
    }

    private KeelConfig config(KeelExtension extension) throws URISyntaxException {
        Path spec = Path.of(getClass().getResource("/evolution/v1.yaml").toURI());
        return new KeelConfig(spec, List.of(), "com.example.notes", out, Optional.empty())
                .withRun(RunOptions.DEFAULTS.withExtensions(List.of(extension)));
    }
}
