package dev.keel.example;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.extension.ExtensionContext;
import dev.keel.core.extension.KeelExtension;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/** Makes every generated model record Serializable and writes the list of operations into the jar. */
public class SerializableModelsExtension implements KeelExtension {

    @Override
    public void customizeType(ClassName className, TypeSpec.Builder type, ExtensionContext context) {
        if (className.packageName().equals(context.basePackage() + ".model")
                && type.build().kind() == TypeSpec.Kind.RECORD) {
            type.addSuperinterface(Serializable.class);
        }
    }

    @Override
    public List<GeneratedFile> additionalFiles(ExtensionContext context) {
        String operations = context.api().operations().stream()
                .map(operation -> operation.method() + " " + operation.path() + " " + operation.operationId())
                .collect(Collectors.joining("\n", "", "\n"));
        return List.of(GeneratedFile.text("resources/META-INF/keel-operations.txt", operations));
    }
}
