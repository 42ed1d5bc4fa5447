package dev.keel.core.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A resource bound by extensions: x-keel-table, x-keel-column, x-keel-transient, x-keel-updated-at, a version. */
class NotesBindingTest {

    static final Path SPEC = Path.of("src/test/resources/data/notes.yaml");
    static final Path DDL = Path.of("src/test/resources/data/notes.sql");

    private final BindingFixture notes = BindingFixture.of(SPEC, DDL);

    @Test
    void extensionsBindTheResourceAndTheBodyFollowsItsPropertyNames() {
        assertThat(notes.errors()).extracting(Diagnostic::format).isEmpty();
        SchemaBinding note = notes.bindings().schema("Note").orElseThrow();
        assertThat(note.table().name()).isEqualTo("memos");
        assertThat(note.property("title").orElseThrow().column().name()).isEqualTo("heading");
        assertThat(note.property("modifiedOn").orElseThrow().column().name()).isEqualTo("modified_on");
        assertThat(note.transientProperties()).extracting(p -> p.name()).containsExactly("wordCount");

        SchemaBinding write = notes.bindings().schema("NoteWrite").orElseThrow();
        assertThat(write.property("title").orElseThrow().column().name())
                .as("stored where Note's title is").isEqualTo("heading");
    }

    @Test
    void theResourceHasAVersionLockAnUpdateTimeAndNoOwner() {
        ResourceBinding note = notes.bindings().resource("Note").orElseThrow();

        assertThat(note.owner()).isEmpty();
        assertThat(note.version()).map(Column::name).hasValue("version");
        assertThat(note.updatedAt()).map(Column::name).hasValue("modified_on");
        assertThat(note.operations()).extracting(operation -> operation.kind()).containsExactly(
                CrudKind.LIST, CrudKind.CREATE, CrudKind.GET, CrudKind.REPLACE, CrudKind.DELETE);
        ListQuery list = note.operation(CrudKind.LIST).orElseThrow().list().orElseThrow();
        assertThat(list.envelope()).as("a plain array").isEmpty();
        assertThat(list.page()).isEmpty();
        assertThat(list.filters()).extracting(filter -> filter.parameter().name()).containsExactly("priority");
        assertThat(list.needsTotal()).isFalse();
    }

    @Test
    void theArchiveActionIsNoCrudOperation() {
        assertThat(notes.bindings().resource("Note").orElseThrow().operations())
                .noneMatch(operation -> operation.operation().operationId().equals("archiveNote"));
        assertThat(notes.warnings()).isEmpty();
    }
}
