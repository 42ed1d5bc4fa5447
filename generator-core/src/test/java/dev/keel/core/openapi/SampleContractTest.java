package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model of the sample contract, as the emitters and the sample app rely on it. */
class SampleContractTest {

    private static SpecFixture sample;

    @BeforeAll
    static void readSample() {
        sample = SpecFixture.read(Path.of("../sample-specs/projects/openapi.yaml"));
    }

    @Test
    void readsWithoutAnyDiagnostic() {
        sample.assertClean();
        assertThat(sample.model().title()).isEqualTo("Projects API");
        assertThat(sample.model().version()).isEqualTo("1.0.0");
    }

    @Test
    void basePathIsThePathOfTheFirstServer() {
        assertThat(sample.model().basePath()).isEqualTo("/api/v1");
    }

    @Test
    void everyOperationIsReadSortedByTagPathAndMethod() {
        assertThat(sample.model().operations()).extracting(Operation::operationId).containsExactly(
                "login", "logout", "getProfile", "refresh", "register",
                "listProjects", "createProject", "getProject", "replaceProject", "deleteProject", "updateProject");
        assertThat(sample.operation("updateProject").method()).isEqualTo(HttpMethod.PATCH);
        assertThat(sample.operation("updateProject").path()).isEqualTo("/projects/{id}");
        assertThat(sample.operation("updateProject").pointer()).isEqualTo("/paths/~1projects~1{id}/patch");
    }

    @Test
    void tagsAreTheUsedOnesWithJavaNamesAndDescriptions() {
        assertThat(sample.model().tags()).containsExactly(
                new Tag("auth", "Auth", "Registration, login and tokens."),
                new Tag("projects", "Projects", "The signed-in user's projects."));
    }

    @Test
    void schemasAreEveryComponentObjectAndEnumSortedByJavaName() {
        assertThat(sample.model().schemas()).extracting(SchemaDef::javaName).containsExactly(
                "AuthResponse", "FieldError", "LoginRequest", "LogoutRequest", "Pagination", "Problem", "Project",
                "ProjectCreate", "ProjectPage", "ProjectPatch", "ProjectReplace", "ProjectStatus", "RefreshRequest",
                "RegisterRequest", "Role", "TokenPair", "User");
    }

    @Test
    void projectCreateNameCarriesEveryConstraintMessageAndTrim() {
        Property name = sample.property("ProjectCreate", "name");
        assertThat(name.required()).isTrue();
        assertThat(name.trim()).isTrue();
        assertThat(name.type()).isEqualTo(TypeRef.scalar(Kind.STRING));
        assertThat(name.constraints().minLength()).contains(3);
        assertThat(name.constraints().maxLength()).contains(100);
        assertThat(name.constraints().pattern()).contains("^[a-zA-Z0-9\\s-]+$");
        assertThat(name.constraints().message("minLength")).contains("Name must be at least 3 characters");
        assertThat(name.constraints().message("maxLength")).contains("Name must be at most 100 characters");
        assertThat(name.constraints().message("pattern")).contains("Name contains invalid characters");
        assertThat(name.pointer()).isEqualTo("/components/schemas/ProjectCreate/properties/name");
    }

    @Test
    void yamlAnchorsGiveTheSameConstraintsToEverySchemaThatUsesThem() {
        assertThat(sample.property("ProjectReplace", "name").constraints())
                .isEqualTo(sample.property("ProjectCreate", "name").constraints());
    }

    @Test
    void descriptionIsNullableThroughTheTypeList() {
        Property description = sample.property("ProjectCreate", "description");
        assertThat(description.nullable()).isTrue();
        assertThat(description.required()).isFalse();
        assertThat(description.type()).isEqualTo(TypeRef.scalar(Kind.STRING));
        assertThat(description.constraints().maxLength()).contains(1000);
        assertThat(sample.property("Project", "name").nullable()).isFalse();
    }

    @Test
    void statusRefersToTheEnumAndKeepsItsSiblingDefault() {
        Property status = sample.property("ProjectCreate", "status");
        assertThat(status.type()).isEqualTo(new TypeRef.Named("ProjectStatus"));
        assertThat(status.defaultValue()).contains("\"active\"");
        assertThat(sample.property("ProjectReplace", "status").defaultValue()).isEmpty();
    }

    @Test
    void projectStatusIsAnEnumOfItsValues() {
        EnumSchema status = (EnumSchema) sample.schema("ProjectStatus");
        assertThat(status.integer()).isFalse();
        assertThat(status.constants()).containsExactly(
                new EnumSchema.Constant("ACTIVE", "active"),
                new EnumSchema.Constant("COMPLETED", "completed"),
                new EnumSchema.Constant("ARCHIVED", "archived"));
    }

    @Test
    void readOnlyWriteOnlyAndFormatsOfProperties() {
        assertThat(sample.property("User", "id").readOnly()).isTrue();
        assertThat(sample.property("User", "id").type()).isEqualTo(TypeRef.scalar(Kind.UUID));
        assertThat(sample.property("User", "createdAt").type()).isEqualTo(TypeRef.scalar(Kind.DATE_TIME));
        assertThat(sample.property("RegisterRequest", "password").writeOnly()).isTrue();
        assertThat(sample.property("RegisterRequest", "email").constraints().email()).isTrue();
        assertThat(sample.property("RegisterRequest", "email").constraints().message("format"))
                .contains("Email must be a valid email address");
        assertThat(sample.property("Pagination", "total").type()).isEqualTo(TypeRef.scalar(Kind.INT64));
        assertThat(sample.property("Problem", "details").type()).isEqualTo(
                new TypeRef.ListOf(new TypeRef.Named("FieldError"), dev.keel.core.model.Constraints.NONE, false));
    }

    @Test
    void listProjectsQueryParametersHaveBoundsAndDefaults() {
        Operation list = sample.operation("listProjects");
        assertThat(list.parameters()).extracting(Parameter::name).containsExactly("page", "limit", "status", "sort");

        Parameter limit = list.parameters().get(1);
        assertThat(limit.in()).isEqualTo(Parameter.Location.QUERY);
        assertThat(limit.required()).isFalse();
        assertThat(limit.type()).isEqualTo(TypeRef.scalar(Kind.INT32));
        assertThat(limit.constraints().minimum()).contains(BigDecimal.ONE);
        assertThat(limit.constraints().maximum()).contains(new BigDecimal(100));
        assertThat(limit.defaultValue()).contains("20");
        assertThat(list.parameters().get(0).defaultValue()).contains("1");

        Parameter sort = list.parameters().get(3);
        assertThat(sort.defaultValue()).contains("createdAt:desc");
        assertThat(sort.constraints().message("pattern"))
                .contains("Sort must be field:direction pairs, e.g. createdAt:desc");
        assertThat(list.parameters().get(2).type()).isEqualTo(new TypeRef.Named("ProjectStatus"));
    }

    @Test
    void pathLevelIdParameterIsAUuidOnEveryOperationOfThePath() {
        for (String operationId : new String[] {"getProject", "replaceProject", "updateProject", "deleteProject"}) {
            Parameter id = sample.operation(operationId).parameters().get(0);
            assertThat(id.name()).isEqualTo("id");
            assertThat(id.in()).isEqualTo(Parameter.Location.PATH);
            assertThat(id.required()).isTrue();
            assertThat(id.type()).isEqualTo(TypeRef.scalar(Kind.UUID));
            assertThat(id.description()).isEqualTo("The project's id.");
        }
    }

    @Test
    void bodiesAndResponsesFollowComponentReferences() {
        Operation create = sample.operation("createProject");
        assertThat(create.requestBody()).hasValueSatisfying(body -> {
            assertThat(body.contentType()).isEqualTo("application/json");
            assertThat(body.type()).isEqualTo(new TypeRef.Named("ProjectCreate"));
            assertThat(body.required()).isTrue();
        });
        assertThat(create.successResponse()).hasValueSatisfying(created -> {
            assertThat(created.status()).isEqualTo("201");
            assertThat(created.body()).contains(new TypeRef.Named("Project"));
            assertThat(created.headers()).containsExactly("Location");
        });
        Response invalid = create.responses().get(1);
        assertThat(invalid.status()).isEqualTo("400");
        assertThat(invalid.contentType()).contains("application/problem+json");
        assertThat(invalid.body()).contains(new TypeRef.Named("Problem"));
        assertThat(invalid.description()).startsWith("The request broke the contract");
    }

    @Test
    void noContentResponsesHaveNoBody() {
        Response deleted = sample.operation("deleteProject").successResponse().orElseThrow();
        assertThat(deleted.status()).isEqualTo("204");
        assertThat(deleted.contentType()).isEqualTo(Optional.empty());
        assertThat(deleted.body()).isEmpty();
    }
}
