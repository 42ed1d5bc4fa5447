package dev.keel.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.TypeRef;
import java.util.List;

/**
 * Turns the contract's validation keywords into Bean Validation annotations, with the contract's messages
 * where it gives them and readable defaults elsewhere. Used for record components and controller parameters.
 */
public final class ConstraintAnnotations {

    private ConstraintAnnotations() {
    }

    /**
     * @param type the value's type: decides between {@code @Size} on strings and on collections,
     *     {@code @Min} and {@code @DecimalMin}
     * @param required whether the value must be present ({@code @NotNull})
     */
    public static List<AnnotationSpec> of(TypeRef type, Constraints constraints, boolean required) {
        return List.of(); // filled in by the model emitter work
    }
}
