package dev.keel.core.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.PageEnvelope;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The sample contract bound to the sample DDL: Project and its bodies to projects, User to users. */
class SampleBindingTest {

    static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    static final Path DDL = Path.of("../sample-specs/projects/schema.sql");

    private static final Map<String, String> PROJECT_COLUMNS = Map.of(
            "id", "id", "userId", "user_id", "name", "name", "description", "description", "status", "status",
            "createdAt", "created_at", "updatedAt", "updated_at");

    private final BindingFixture sample = BindingFixture.of(SPEC, DDL);

    @Test
    void sampleBindsWithoutErrorsOrWarnings() {
        assertThat(sample.diagnostics()).extracting(Diagnostic::format).isEmpty();
    }

    @Test
    void projectSchemasAreBoundToProjectsPropertyByProperty() {
        Bindings bindings = sample.bindings();
        assertThat(columns(bindings.schema("Project").orElseThrow())).isEqualTo(PROJECT_COLUMNS);
        assertThat(columns(bindings.schema("ProjectCreate").orElseThrow()))
                .isEqualTo(Map.of("name", "name", "description", "description", "status", "status"));
        assertThat(columns(bindings.schema("ProjectReplace").orElseThrow()))
                .isEqualTo(Map.of("name", "name", "description", "description", "status", "status"));
        assertThat(columns(bindings.schema("ProjectPatch").orElseThrow()))
                .isEqualTo(Map.of("name", "name", "description", "description", "status", "status"));
        assertThat(List.of("Project", "ProjectCreate", "ProjectReplace", "ProjectPatch"))
                .allSatisfy(name -> assertThat(bindings.schema(name).orElseThrow().table().name())
                        .isEqualTo("projects"));
    }

    @Test
    void userIsBoundToUsersByNameWithoutBeingAResource() {
        SchemaBinding user = sample.bindings().schema("User").orElseThrow();

        assertThat(user.table().name()).isEqualTo("users");
        assertThat(columns(user)).isEqualTo(Map.of("id", "id", "email", "email", "name", "name", "role", "role",
                "createdAt", "created_at", "updatedAt", "updated_at"));
        assertThat(sample.bindings().resource("User")).isEmpty();
        assertThat(sample.bindings().schemas()).extracting(binding -> binding.schema().name())
                .containsExactly("Project", "ProjectCreate", "ProjectPatch", "ProjectReplace", "User");
    }

    @Test
    void projectIsAResourceWithEveryCrudOperationOwnerAndUpdateTime() {
        ResourceBinding project = sample.bindings().resource("Project").orElseThrow();

        assertThat(project.operations())
                .extracting(CrudOperation::kind, operation -> operation.operation().operationId())
                .containsExactly(
                        Tuple.tuple(CrudKind.LIST, "listProjects"),
                        Tuple.tuple(CrudKind.CREATE, "createProject"),
                        Tuple.tuple(CrudKind.GET, "getProject"),
                        Tuple.tuple(CrudKind.REPLACE, "replaceProject"),
                        Tuple.tuple(CrudKind.DELETE, "deleteProject"),
                        Tuple.tuple(CrudKind.PATCH, "updateProject"));
        assertThat(project.key().name()).isEqualTo("id");
        assertThat(project.owner()).map(Column::name).hasValue("user_id");
        assertThat(project.updatedAt()).map(Column::name).hasValue("updated_at");
        assertThat(project.version()).isEmpty();
        assertThat(project.operation(CrudKind.GET).orElseThrow().key()).map(p -> p.name()).hasValue("id");
        assertThat(project.operation(CrudKind.PATCH).orElseThrow().body())
                .map(body -> body.schema().name()).hasValue("ProjectPatch");
    }

    @Test
    void theListHasPageLimitSortAStatusFilterAndAnEnvelopeWithNestedPagination() {
        ListQuery list = sample.bindings().resource("Project").orElseThrow()
                .operation(CrudKind.LIST).orElseThrow().list().orElseThrow();

        assertThat(list.page()).map(p -> p.name()).hasValue("page");
        assertThat(list.limit()).map(p -> p.name()).hasValue("limit");
        assertThat(list.sort()).map(p -> p.name()).hasValue("sort");
        assertThat(list.filters())
                .extracting(filter -> filter.parameter().name(), filter -> filter.column().column().name())
                .containsExactly(Tuple.tuple("status", "status"));
        PageEnvelope envelope = list.envelope().orElseThrow();
        assertThat(envelope.schema().name()).isEqualTo("ProjectPage");
        assertThat(envelope.slots()).extracting(PageEnvelope.Slot::value)
                .containsExactly(PageEnvelope.Value.ITEMS, PageEnvelope.Value.NESTED);
        assertThat(envelope.slots().get(1).nested().orElseThrow().slots()).extracting(PageEnvelope.Slot::value)
                .containsExactly(PageEnvelope.Value.PAGE, PageEnvelope.Value.LIMIT, PageEnvelope.Value.TOTAL,
                        PageEnvelope.Value.TOTAL_PAGES);
        assertThat(list.needsTotal()).isTrue();
    }

    @Test
    void describeListsEachSchemaItsColumnsAndTheResourceOperations() {
        String text = sample.bindings().describe();

        assertThat(text).contains("""
                Project -> projects (resource; key id, owner user_id, updated_at set on update)
                  id -> projects.id
                  userId -> projects.user_id
                """);
        assertThat(text).contains("  createdAt -> projects.created_at\n", "  listProjects: list\n",
                "  updateProject: patch\n", "User -> users\n  id -> users.id\n");
        assertThat(Bindings.NONE.describe()).isEqualTo("No schema of the contract is bound to a table.");
    }

    private static Map<String, String> columns(SchemaBinding binding) {
        return binding.columns().stream().collect(Collectors.toMap(column -> column.property().name(),
                (ColumnBinding column) -> column.column().name()));
    }
}
