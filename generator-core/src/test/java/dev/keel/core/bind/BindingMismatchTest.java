package dev.keel.core.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.SchemaBinding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of mismatch between contract and DDL is an error at the contract's file and line, with the pointer of
 * the property or schema and the {@code table.column} it is about.
 */
class BindingMismatchTest {

    private static final String NOTES_DDL = """
            CREATE TABLE notes (
              id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
              title VARCHAR(50) NOT NULL,
              body TEXT,
              mood TEXT NOT NULL DEFAULT 'calm' CHECK (mood IN ('calm', 'busy')),
              stars INTEGER,
              created_at TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            """;

    /** The notes contract of {@link #notes}, with its three blanks. */
    private static final String NOTES_CONTRACT = """
                openapi: 3.1.0
                info: {title: Notes, version: '1'}
                paths:
                  /notes:
                    get:
                      operationId: listNotes
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema:
                                type: array
                                items: {$ref: '#/components/schemas/Note'}
                    post:
                      operationId: createNote
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/NoteCreate'}
                      responses:
                        '201':
                          description: created
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Note'}
                  /notes/{id}:
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                    get:
                      operationId: getNote
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Note'}
                    patch:
                      operationId: patchNote
                      requestBody:
                        required: true
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/NotePatch'}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Note'}
                components:
                  schemas:
                    Mood:
                      type: string
                      enum: [calm, busy]
                    Note:
                      type: object
                      required: [id, title, mood, createdAt]
                      properties:
                        id: {type: string, format: uuid, readOnly: true}
                        title: {type: string}
                        mood: {$ref: '#/components/schemas/Mood'}
                        stars: {type: integer, format: int32}
                        createdAt: {type: string, format: date-time, readOnly: true}
                        %s
                    NoteCreate:
                      type: object
                      required: [%s]
                      properties:
                        title: {type: string, maxLength: 50}
                        mood: {$ref: '#/components/schemas/Mood'}
                    NotePatch:
                      type: object
                      properties:
                        %s
                        mood: {$ref: '#/components/schemas/Mood'}
                """;

    @TempDir
    Path dir;

    @Test
    void thePlainNotesContractBindsCleanly() {
        BindingFixture fixture = bind(notes("body: {type: string, maxLength: 2000}", "", ""), NOTES_DDL);

        assertThat(fixture.diagnostics()).extracting(Diagnostic::format).isEmpty();
        assertThat(fixture.bindings().resource("Note").orElseThrow().operations()).hasSize(4);
    }

    @Test
    void aPropertyWithoutColumnNamesTheTableColumnItLookedFor() {
        String yaml = notes("pinned: {type: boolean}", "", "");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertLocated(error, yaml, "/components/schemas/Note/properties/pinned", "pinned: {type: boolean}");
        assertThat(error.message()).isEqualTo("Property 'pinned' of Note has no column in table notes (looked for "
                + "notes.pinned); name its column with x-keel-column or mark it x-keel-transient");
    }

    @Test
    void aPasswordWithoutColumnIsAnErrorUntilItIsTransientOrNamesItsColumn() {
        String users = """
                CREATE TABLE users (
                  id UUID PRIMARY KEY,
                  email TEXT NOT NULL UNIQUE,
                  password_hash TEXT NOT NULL
                );
                """;
        String missing = registration("password: {type: string, writeOnly: true}");
        Diagnostic error = bind(missing, users).onlyError();
        assertLocated(error, missing, "/components/schemas/Registration/properties/password", "password:");
        assertThat(error.message()).contains("users.password");

        BindingFixture transientPassword = bind(registration(
                "password: {type: string, writeOnly: true, x-keel-transient: true}"), users);
        assertThat(transientPassword.diagnostics()).isEmpty();
        SchemaBinding registration = transientPassword.bindings().schema("Registration").orElseThrow();
        assertThat(registration.transientProperties()).extracting(p -> p.name()).containsExactly("password");
        assertThat(transientPassword.bindings().describe()).contains("  password (transient, no column)");

        BindingFixture hashed = bind(registration(
                "password: {type: string, writeOnly: true, x-keel-column: password_hash}"), users);
        assertThat(hashed.diagnostics()).isEmpty();
        assertThat(hashed.bindings().schema("Registration").orElseThrow().property("password").orElseThrow()
                .column().name()).isEqualTo("password_hash");
    }

    @Test
    void extensionsNamingNoTableOrColumnPointAtTheExtension() {
        String yaml = registration("password: {type: string, x-keel-column: secret}")
                .replace("x-keel-table: users", "x-keel-table: accounts");
        List<Diagnostic> errors = bind(yaml, "CREATE TABLE users (id UUID PRIMARY KEY, email TEXT);").errors();

        assertThat(errors).extracting(Diagnostic::pointer)
                .containsExactly("/components/schemas/Registration/x-keel-table");
        assertThat(errors.get(0).message()).isEqualTo("x-keel-table names the table 'accounts', which no DDL file "
                + "creates");

        String column = registration("password: {type: string, x-keel-column: secret}");
        Diagnostic error = bind(column, "CREATE TABLE users (id UUID PRIMARY KEY, email TEXT);").onlyError();
        assertThat(error.pointer()).isEqualTo("/components/schemas/Registration/properties/password/x-keel-column");
        assertThat(error.line()).isEqualTo(lineOf(column, "password:"));
        assertThat(error.message()).contains("users.secret");
    }

    @Test
    void aUuidPropertyOnATextColumnIsIncompatible() {
        String yaml = notes("body: {type: string, format: uuid}", "", "");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertLocated(error, yaml, "/components/schemas/Note/properties/body", "body: {type: string, format: uuid}");
        assertThat(error.message()).isEqualTo("Property 'body' of Note is uuid, but column notes.body is text: "
                + "incompatible types");
    }

    @Test
    void anIntegerPropertyOnATextColumnIsIncompatible() {
        String yaml = notes("body: {type: integer, format: int64}", "", "");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertLocated(error, yaml, "/components/schemas/Note/properties/body", "body: {type: integer");
        assertThat(error.message()).contains("integer (int64)", "notes.body is text");
    }

    @Test
    void aNullablePatchPropertyOnANotNullColumnIsAnError() {
        String yaml = notes("", "", "title: {type: ['string', 'null'], maxLength: 50}");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertLocated(error, yaml, "/components/schemas/NotePatch/properties/title",
                "title: {type: ['string', 'null']");
        assertThat(error.message()).isEqualTo("Property 'title' of NotePatch accepts null, but column notes.title is "
                + "NOT NULL");
    }

    @Test
    void anOptionalCreatePropertyOnANotNullColumnWithoutDefaultIsAnError() {
        String yaml = notes("", "optional", "");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertLocated(error, yaml, "/components/schemas/NoteCreate/properties/title",
                "title: {type: string, maxLength: 50}");
        assertThat(error.message()).contains("NoteCreate may be left out", "notes.title is NOT NULL without a default");
    }

    @Test
    void aNotNullColumnNoCreatePropertyFillsIsAnErrorAtTheCreateSchema() {
        String ddl = NOTES_DDL.replace("stars INTEGER,", "stars INTEGER NOT NULL,");

        Diagnostic error = bind(notes("", "", ""), ddl).onlyError();

        assertThat(error.pointer()).isEqualTo("/components/schemas/NoteCreate");
        assertThat(error.line()).isEqualTo(lineOf(notes("", "", ""), "NoteCreate:"));
        assertThat(error.message()).isEqualTo("Column notes.stars is NOT NULL without a default, but NoteCreate has "
                + "no writable property stored in it, so every create would fail");
    }

    @Test
    void aMaxLengthBeyondTheColumnLengthIsAnError() {
        String yaml = notes("", "", "").replace("title: {type: string, maxLength: 50}",
                "title: {type: string, maxLength: 80}");

        List<Diagnostic> errors = bind(yaml, NOTES_DDL).errors();

        assertThat(errors).extracting(Diagnostic::pointer).containsExactly(
                "/components/schemas/NoteCreate/properties/title", "/components/schemas/NotePatch/properties/title");
        assertThat(errors.get(0).line()).isEqualTo(lineOf(yaml, "title: {type: string, maxLength: 80}"));
        assertThat(errors.get(0).message()).isEqualTo("Property 'title' of NoteCreate allows maxLength 80, beyond the "
                + "length 50 of column notes.title");
    }

    @Test
    void enumValuesOutsideTheColumnsCheckListAreAnError() {
        String yaml = notes("", "", "").replace("enum: [calm, busy]", "enum: [calm, busy, wild]");

        List<Diagnostic> errors = bind(yaml, NOTES_DDL).errors();

        assertThat(errors).extracting(Diagnostic::pointer).containsExactly(
                "/components/schemas/NoteCreate/properties/mood", "/components/schemas/NotePatch/properties/mood");
        assertThat(errors.get(0).line()).isEqualTo(lineOf(yaml, "mood: {$ref", 2));
        assertThat(errors.get(0).message()).isEqualTo("Property 'mood' of NoteCreate allows 'wild' (enum Mood), which "
                + "column notes.mood rejects: its CHECK list is 'calm', 'busy'");
    }

    @Test
    void aColumnValueTheResourceEnumCannotRepresentIsAnError() {
        String ddl = NOTES_DDL.replace("('calm', 'busy')", "('calm', 'busy', 'bored')");

        Diagnostic error = bind(notes("", "", ""), ddl).onlyError();

        assertThat(error.pointer()).isEqualTo("/components/schemas/Note/properties/mood");
        assertThat(error.message()).isEqualTo("Column notes.mood allows 'bored', which enum Mood of property 'mood' of "
                + "Note cannot represent");
    }

    @Test
    void aKeyParameterOfTheWrongTypeIsAnErrorAtTheOperation() {
        String yaml = notes("", "", "").replace("schema: {type: string, format: uuid}", "schema: {type: integer}");

        List<Diagnostic> errors = bind(yaml, NOTES_DDL).errors();

        assertThat(errors).extracting(Diagnostic::pointer).containsExactly("/paths/~1notes~1{id}/get",
                "/paths/~1notes~1{id}/patch");
        assertThat(errors.get(0).line()).isEqualTo(lineOf(yaml, "    get:", 2));
        assertThat(errors.get(0).message()).contains("Path parameter 'id' of getNote", "notes.id, which is uuid");
    }

    @Test
    void anUnknownCrudKindAndACrudMarkWithoutResourceAreErrors() {
        String yaml = notes("", "", "")
                .replace("operationId: getNote", "operationId: getNote\n      x-keel-crud: fetch")
                .replace("operationId: listNotes", "operationId: listNotes\n      x-keel-crud: list")
                .replace("items: {$ref: '#/components/schemas/Note'}", "items: {type: string}");

        List<Diagnostic> errors = bind(yaml, NOTES_DDL).errors();

        assertThat(errors).extracting(Diagnostic::pointer).containsExactly(
                "/paths/~1notes~1{id}/get/x-keel-crud", "/paths/~1notes/get");
        assertThat(errors.get(0).message()).isEqualTo("x-keel-crud must be one of list, create, get, replace, patch, "
                + "delete; found 'fetch'");
        assertThat(errors.get(0).line()).isEqualTo(lineOf(yaml, "x-keel-crud: fetch"));
        assertThat(errors.get(1).message()).isEqualTo("listNotes is marked x-keel-crud: list of Note, but it does not "
                + "answer with an array of Note, plain or in an envelope object");
    }

    @Test
    void anOwnerColumnThatIsNoUuidIsAnError() {
        String yaml = notes("", "", "").replace("    Note:\n      type: object",
                "    Note:\n      type: object\n      x-keel-owner: stars");

        Diagnostic error = bind(yaml, NOTES_DDL).onlyError();

        assertThat(error.pointer()).isEqualTo("/components/schemas/Note/x-keel-owner");
        assertThat(error.message()).isEqualTo("x-keel-owner names the column notes.stars, which is int; an owner is a "
                + "user's uuid");
    }

    @Test
    void explicitCrudMarksServeOperationsOfAnyShape() {
        String yaml = notes("", "", "")
                .replace("  /notes/{id}:", "  /notes/by-key/{id}:")
                .replace("operationId: getNote", "operationId: getNote\n      x-keel-crud: get");

        BindingFixture fixture = bind(yaml, NOTES_DDL);

        assertThat(fixture.errors()).isEmpty();
        assertThat(fixture.bindings().resource("Note").orElseThrow().operation(CrudKind.GET)).isPresent();
    }

    private BindingFixture bind(String yaml, String sql) {
        return BindingFixture.of(dir, yaml, sql);
    }

    private static void assertLocated(Diagnostic error, String yaml, String pointer, String lineText) {
        assertThat(error.file()).endsWith("openapi.yaml");
        assertThat(error.pointer()).isEqualTo(pointer);
        assertThat(error.line()).isEqualTo(lineOf(yaml, lineText));
        assertThat(error.format()).startsWith(error.file() + ":" + error.line() + ": error: ");
    }

    static int lineOf(String text, String marker) {
        return lineOf(text, marker, 1);
    }

    /** The 1-based line of the {@code occurrence}-th line containing {@code marker}. */
    static int lineOf(String text, String marker, int occurrence) {
        String[] lines = text.split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(marker) && ++seen == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError("no line with " + marker);
    }

    private static String registration(String password) {
        return """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    Registration:
                      type: object
                      x-keel-table: users
                      properties:
                        email: {type: string}
                        %s
                """.formatted(password);
    }

    /**
     * A notes contract: list, create, get and patch.
     *
     * @param extraNoteProperty an extra property line of Note, e.g. {@code body: {type: string}}
     * @param createTitle "optional" to leave NoteCreate's title out of {@code required}
     * @param patchTitle the title property line of NotePatch, or "" for the usual one
     */
    private static String notes(String extraNoteProperty, String createTitle, String patchTitle) {
        return NOTES_CONTRACT.formatted(extraNoteProperty, createTitle.equals("optional") ? "" : "title",
                patchTitle.isEmpty() ? "title: {type: string, maxLength: 50}" : patchTitle);
    }
}
