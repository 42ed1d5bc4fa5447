package dev.keel.core.emit.model;

import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * The emitters of the {@code model} package: a record per object schema, an enum per enum schema, a sealed interface
 * per union of objects; and the {@code MultipleOf} constraint of the support package that records may use.
 */
public final class ModelEmitters {

    private ModelEmitters() {
    }

    public static List<JavaEmitter<?>> all() {
        return List.of(new RecordEmitter(), new EnumEmitter(), new UnionEmitter(), new MultipleOfEmitter());
    }
}
