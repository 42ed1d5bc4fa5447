package dev.keel.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of breaking change the snapshot comparison finds, with the pointer a user follows to it. */
class ContractComparisonTest {

    static final String BASE = """
            openapi: 3.0.3
            info: {title: Shop, version: '1'}
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - {name: limit, in: query, schema: {type: integer, format: int64, maximum: 100}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
            components:
              schemas:
                Colour: {type: string, enum: [red, green, blue]}
                Item:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string}
                    colour: {$ref: '#/components/schemas/Colour'}
                    price: {type: number}
            """;

    @TempDir
    Path directory;

    @Test
    void anUnchangedContractHasNoChangesAndRendersTheSameSnapshot() throws IOException {
        assertThat(ContractSnapshot.render(read(BASE))).isEqualTo(ContractSnapshot.render(read(BASE)));
        assertThat(compare(BASE, BASE)).isEmpty();
    }

    @Test
    void findsRemovedFieldsNewRequiredOnesNarrowedEnumsTypesAndBounds() throws IOException {
        String changed = BASE
                .replace("required: [name]", "required: [name, colour]")
                .replace("    price: {type: number}\n", "")
                .replace("[red, green, blue]", "[red, green]")
                .replace("format: int64, maximum: 100", "format: int32, maximum: 50");

        List<ContractChange> changes = compare(BASE, changed);

        assertThat(changes).extracting(ContractChange::format).containsExactlyInAnyOrder(
                "breaking change: parameter query:limit of operation listItems changed type from int64 to int32"
                        + " [#/paths/~1items/get/parameters]",
                "breaking change: parameter query:limit of operation listItems has a lower maximum"
                        + " [#/paths/~1items/get/parameters]",
                "breaking change: enum Colour no longer has the value blue [#/components/schemas/Colour]",
                "breaking change: field price of schema Item was removed"
                        + " [#/components/schemas/Item/properties/price]",
                "breaking change: field colour of schema Item is required"
                        + " [#/components/schemas/Item/properties/colour]");
    }

    @Test
    void aWideningIsNoBreakingChange() throws IOException {
        String widened = BASE.replace("format: int64, maximum: 100", "format: int64, maximum: 1000");

        assertThat(compare(BASE, widened)).isEmpty();
    }

    @Test
    void aNewIdOnTheSameMethodAndPathIsARenameNotARemoval() throws IOException {
        List<ContractChange> changes = compare(BASE, BASE.replace("listItems", "findItems"));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ContractChange.Kind.RENAMED_OPERATION);
            assertThat(change.breaking()).isFalse();
            assertThat(change.message()).isEqualTo("operation listItems (GET /items) was renamed to findItems;"
                    + " rename your implementation of listItems to findItems");
        });
    }

    private List<ContractChange> compare(String before, String after) throws IOException {
        JsonNode previous = ContractSnapshot.parse(ContractSnapshot.render(read(before))).orElseThrow();
        JsonNode current = ContractSnapshot.parse(ContractSnapshot.render(read(after))).orElseThrow();
        return ContractComparison.compare(previous, current);
    }

    private ApiModel read(String contract) throws IOException {
        Path spec = Files.writeString(directory.resolve("openapi.yaml"), contract);
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(spec, diagnostics);
        diagnostics.throwIfErrors("read contract");
        return api;
    }
}
