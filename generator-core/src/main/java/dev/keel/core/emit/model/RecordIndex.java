package dev.keel.core.emit.model;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each record needs to know about the rest of the contract, gathered in one pass: asking every operation and
 * every union once per record took time quadratic in the contract (seconds on the GitHub API).
 */
final class RecordIndex {

    private final EmitContext context;
    private final Set<String> formBodies = new HashSet<>();
    private final Map<String, List<UnionSchema>> unionsByVariant = new HashMap<>();

    private RecordIndex(EmitContext context) {
        this.context = context;
        for (Operation operation : context.api().operations()) {
            operation.requestBody().filter(body -> body.isForm()).ifPresent(body -> addNamed(body.type()));
            for (Parameter parameter : operation.parameters()) {
                if (parameter.deepObject()) {
                    addNamed(parameter.type());
                }
            }
        }
        for (SchemaDef schema : context.api().schemas()) {
            if (schema instanceof UnionSchema) {
                UnionSchema union = (UnionSchema) schema;
                union.variants().stream().map(UnionSchema.Variant::schemaName).distinct().forEach(name ->
                        unionsByVariant.computeIfAbsent(name, key -> new ArrayList<>()).add(union));
            }
        }
    }

    /** The index of {@code context}, reusing {@code known} when it was built for the same one. */
    static RecordIndex of(EmitContext context, RecordIndex known) {
        return known != null && known.context == context ? known : new RecordIndex(context);
    }

    /**
     * Whether some operation takes this schema as a form or multipart body, or as a deepObject query parameter,
     * which Spring binds by field name.
     */
    boolean isFormBody(String schemaName) {
        return formBodies.contains(schemaName);
    }

    /** The unions listing the record as a variant, in the order of the contract's schemas. */
    List<UnionSchema> unionsOf(String schemaName) {
        return unionsByVariant.getOrDefault(schemaName, List.of());
    }

    private void addNamed(TypeRef type) {
        if (type instanceof TypeRef.Named) {
            formBodies.add(((TypeRef.Named) type).schemaName());
        }
    }
}
