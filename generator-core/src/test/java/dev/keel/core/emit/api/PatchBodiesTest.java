package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.Operation;
import dev.keel.core.model.OperationSecurity;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.TypeRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Only a PATCH of a JSON object gets a {@code PatchRequest}; every other body keeps its record. */
class PatchBodiesTest {

    private static final ApiModel API = ProjectsContract.api();
    private static final TypeRef PATCH_SCHEMA = new TypeRef.Named("ProjectPatch");

    @Test
    void patchOfAJsonObjectIsPatched() {
        assertThat(PatchBodies.patchedSchema(operation(HttpMethod.PATCH, "application/json", PATCH_SCHEMA), API))
                .hasValueSatisfying(schema -> assertThat(schema.name()).isEqualTo("ProjectPatch"));
        assertThat(PatchBodies.patchedSchema(
                operation(HttpMethod.PATCH, "application/merge-patch+json; charset=UTF-8", PATCH_SCHEMA), API))
                .isPresent();
    }

    @Test
    void otherMethodsBodiesAndMediaTypesAreNot() {
        TypeRef list = new TypeRef.ListOf(PATCH_SCHEMA, Constraints.NONE, false);

        assertThat(PatchBodies.patchedSchema(operation(HttpMethod.PUT, "application/json", PATCH_SCHEMA), API)).isEmpty();
        assertThat(PatchBodies.patchedSchema(operation(HttpMethod.PATCH, "application/json", list), API)).isEmpty();
        assertThat(PatchBodies.patchedSchema(operation(HttpMethod.PATCH, "application/json",
                new TypeRef.Named("ProjectStatus")), API)).as("an enum").isEmpty();
        assertThat(PatchBodies.patchedSchema(operation(HttpMethod.PATCH, "multipart/form-data", PATCH_SCHEMA), API))
                .isEmpty();
    }

    private static Operation operation(HttpMethod method, String contentType, TypeRef body) {
        return new Operation("change", "change", method, "/things/{id}", "things", "", false, List.of(),
                Optional.of(new RequestBody(contentType, body, true)), List.of(), "#/paths/~1things~1{id}",
                OperationSecurity.PUBLIC, Optional.empty());
    }
}
