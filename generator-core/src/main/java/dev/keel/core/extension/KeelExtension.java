package dev.keel.core.extension;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.GeneratedFile;
import java.util.List;

/**
 * A typed hook into generation, found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code META-INF/services/dev.keel.core.extension.KeelExtension} of a jar and add that jar to the Keel plugin's
 * {@code <dependencies>}. Keel calls {@link #customizeType} for every Java type it generates, before the file is
 * rendered, and writes the files of {@link #additionalFiles} with its own. The model is immutable; an extension
 * changes output only through these two methods. Implementations must be deterministic (no timestamps).
 */
public interface KeelExtension {

    /** Shown in messages about the extension. */
    default String name() {
        return getClass().getName();
    }

    /**
     * Adds annotations, methods, fields or interfaces to one generated type. Keel's {@code @Generated} marker is
     * added after this method returns.
     *
     * @param className the type's package and name, e.g. {@code com.example.app.model.Note}
     */
    default void customizeType(ClassName className, TypeSpec.Builder type, ExtensionContext context) {
    }

    /** Files to write into the output directory beside Keel's, by path below it (e.g. {@code resources/x.txt}). */
    default List<GeneratedFile> additionalFiles(ExtensionContext context) {
        return List.of();
    }
}
