package dev.keel.core.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.PageEnvelope;
import dev.keel.core.openapi.OpenApiReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list marked {@code x-keel-pagination: cursor}: its cursor parameter and {@code nextCursor} envelope are found,
 * and a wrong value or a missing {@code nextCursor} is an error at the contract's line.
 */
class CursorBindingTest {

    private static final String DDL = """
            CREATE TABLE events (
              id BIGSERIAL PRIMARY KEY,
              kind VARCHAR(20) NOT NULL,
              title VARCHAR(80) NOT NULL
            );
            """;

    /** A cursor list of events; the blanks: the pagination mark, and the page's properties beside the items. */
    private static final String CONTRACT = """
            openapi: 3.1.0
            info: {title: Events, version: '1'}
            paths:
              /events:
                get:
                  operationId: listEvents
                  x-keel-pagination: %s
                  parameters:
                    - {name: cursor, in: query, schema: {type: string}}
                    - {name: limit, in: query, schema: {type: integer, format: int32}}
                    - {name: kind, in: query, schema: {type: string}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/EventPage'}
            components:
              schemas:
                Event:
                  type: object
                  required: [id, kind, title]
                  properties:
                    id: {type: integer, format: int64, readOnly: true}
                    kind: {type: string}
                    title: {type: string}
                EventPage:
                  type: object
                  properties:
                    items:
                      type: array
                      items: {$ref: '#/components/schemas/Event'}
                    %s
            """;

    @TempDir
    Path dir;

    @Test
    void aCursorListTakesTheCursorAndFillsNextCursor() {
        BindingFixture fixture = BindingFixture.of(dir, contract("cursor", "nextCursor: {type: string}"), DDL);

        assertThat(fixture.errors()).isEmpty();
        CrudOperation list = fixture.bindings().resource("Event").orElseThrow().operation(CrudKind.LIST).orElseThrow();
        ListQuery query = list.list().orElseThrow();
        assertThat(query.keyset()).isTrue();
        assertThat(query.cursor()).map(Parameter::name).contains("cursor");
        assertThat(query.limit()).map(Parameter::name).contains("limit");
        assertThat(query.filters()).extracting(filter -> filter.parameter().name()).containsExactly("kind");
        assertThat(query.page()).isEmpty();
        assertThat(query.envelope().orElseThrow().slots()).extracting(PageEnvelope.Slot::value)
                .containsExactly(PageEnvelope.Value.ITEMS, PageEnvelope.Value.NEXT_CURSOR);
        assertThat(query.needsTotal()).isFalse();
    }

    @Test
    void aPageMarkKeepsThePageNumberedList() {
        BindingFixture fixture = BindingFixture.of(dir, contract("page", "total: {type: integer}"), DDL);

        ListQuery query = fixture.bindings().resource("Event").orElseThrow().operation(CrudKind.LIST).orElseThrow()
                .list().orElseThrow();
        assertThat(query.keyset()).isFalse();
        assertThat(query.needsTotal()).isTrue();
    }

    @Test
    void aCursorListWithoutNextCursorIsAnErrorAtItsResponseSchema() {
        String yaml = contract("cursor", "next: {type: string}");

        Diagnostic error = BindingFixture.of(dir, yaml, DDL).onlyError();

        assertThat(error.pointer()).isEqualTo("/components/schemas/EventPage");
        assertThat(error.line()).isEqualTo(BindingMismatchTest.lineOf(yaml, "EventPage:"));
        assertThat(error.message()).isEqualTo("listEvents is marked x-keel-pagination: cursor, but its response "
                + "EventPage has no string property 'nextCursor' beside the array of Event");
    }

    @Test
    void anotherPaginationValueIsAnErrorAtTheMark() throws IOException {
        String yaml = contract("offset", "nextCursor: {type: string}");
        Path spec = Files.writeString(dir.resolve("openapi.yaml"), yaml);
        Diagnostics diagnostics = new Diagnostics();

        new OpenApiReader().read(spec, diagnostics);

        Diagnostic error = diagnostics.all().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertThat(error.pointer()).isEqualTo("/paths/~1events/get/x-keel-pagination");
        assertThat(error.line()).isEqualTo(BindingMismatchTest.lineOf(yaml, "x-keel-pagination: offset"));
        assertThat(error.message()).isEqualTo("x-keel-pagination must be cursor or page; found offset");
    }

    private static String contract(String pagination, String pageProperty) {
        return CONTRACT.formatted(pagination, pageProperty);
    }
}
