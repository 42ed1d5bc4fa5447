package dev.keel.core.emit.model;

import static dev.keel.core.emit.model.AppRuntime.call;
import static dev.keel.core.emit.model.AppRuntime.read;
import static dev.keel.core.emit.model.AppRuntime.write;
import static dev.keel.core.emit.model.ModelFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.Constraints;
import dev.keel.core.model.ObjectSchema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordEmitterTest {

    private static ObjectSchema project() {
        return object("Project",
                property("id", UUID_TYPE).required().readOnly(),
                property("display_name", STRING).javaName("displayName").required().trim()
                        .constraints(constraints().minLength(3).maxLength(100)),
                property("description", STRING).nullable(),
                property("status", named("ProjectStatus")).defaultValue("\"active\""),
                property("password", STRING).writeOnly(),
                property("created_at", DATE_TIME).javaName("createdAt").required().readOnly(),
                property("tags", listOf(STRING, constraints().maxLength(10).build())));
    }

    private static CompiledModel projectModel() {
        return CompiledModel.of(context(stringEnum("ProjectStatus", "ACTIVE", "active", "ARCHIVED", "archived"), project()));
    }

    @Test
    void componentsCarryJsonNamesAccessRulesAndConstraints() {
        String source = projectModel().source("Project");
        assertThat(source)
                .contains("public record Project(@JsonProperty(value = \"id\", access = JsonProperty.Access.READ_ONLY) UUID id,")
                .contains("@JsonProperty(\"display_name\") @NotNull(message = \"is required\") "
                        + "@Size(min = 3, max = 100, message = \"must be between {min} and {max} characters\") String displayName,")
                .contains("@JsonProperty(\"description\") String description,")
                .contains("@JsonProperty(\"status\") @JsonInclude(JsonInclude.Include.NON_NULL) ProjectStatus status,")
                .contains("@JsonProperty(value = \"password\", access = JsonProperty.Access.WRITE_ONLY) "
                        + "@JsonInclude(JsonInclude.Include.NON_NULL) String password,")
                .contains("List<@Size(max = 10, message = \"must be at most {max} characters\") String> tags)")
                .contains("displayName = displayName == null ? null : displayName.strip();")
                .contains("if (status == null) {\n            status = ProjectStatus.ACTIVE;\n        }");
    }

    @Test
    void jacksonReadsAndWritesTheContractNames() throws Throwable {
        Class<?> type = projectModel().type("Project");
        Object project = read("""
                {"id": "123e4567-e89b-12d3-a456-426614174000", "display_name": "Keel", "password": "secret",
                 "created_at": "2024-05-01T10:00:00Z", "tags": ["a"]}""", type);

        assertThat(call(project, "id")).as("read-only values sent by a client are ignored").isNull();
        assertThat(call(project, "createdAt")).isNull();
        assertThat(call(project, "password")).isEqualTo("secret");
        assertThat(call(project, "displayName")).isEqualTo("Keel");

        Object builder = call(project, "toBuilder");
        builder.getClass().getMethod("id", UUID.class).invoke(builder, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        Object response = call(builder, "build");
        String json = write(response);
        assertThat(json).isEqualTo("{\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"display_name\":\"Keel\","
                + "\"description\":null,\"status\":\"active\",\"created_at\":null,\"tags\":[\"a\"]}");
    }

    @Test
    void builderBuildsAndCopiesRecords() throws Throwable {
        Class<?> type = projectModel().type("Project");
        Object builder = type.getMethod("builder").invoke(null);
        Class<?> builderType = builder.getClass();
        builderType.getMethod("displayName", String.class).invoke(builder, "  Trimmed  ");
        Object built = builderType.getMethod("build").invoke(builder);
        assertThat(call(built, "displayName")).as("built records go through the compact constructor").isEqualTo("Trimmed");
        assertThat(call(built, "status")).hasToString("active");

        Object copyBuilder = call(built, "toBuilder");
        builderType.getMethod("description", String.class).invoke(copyBuilder, "changed");
        Object copy = builderType.getMethod("build").invoke(copyBuilder);
        assertThat(call(copy, "displayName")).isEqualTo("Trimmed");
        assertThat(call(copy, "description")).isEqualTo("changed");
        assertThat(call(built, "description")).as("the original is untouched").isNull();
        assertThat(builderType.getSimpleName()).isEqualTo("Builder");
    }

    @Test
    void recordWithoutPropertiesCompilesAndReadsEmptyObjects() throws Throwable {
        CompiledModel model = CompiledModel.of(context(object("Empty")));
        Class<?> type = model.type("Empty");
        assertThat(type.getRecordComponents()).isEmpty();
        assertThat(read("{}", type)).isEqualTo(call(type.getMethod("builder").invoke(null), "build"));
    }

    @Test
    void descriptionsBecomeJavadocThatCannotBreakTheSource() {
        ObjectSchema schema = new ObjectSchema("Note", "Note", "Ends */ early, \\u000a newline, @param x, <b>bold</b> & $1",
                false, List.of(property("text", STRING).description("Text */ with \\u002a/ tricks").build()), "#/Note");
        String source = CompiledModel.of(context(schema)).source("Note");
        assertThat(source)
                .contains(" * Ends *&#47; early, &#92;u000a newline, &#64;param x, &lt;b&gt;bold&lt;/b&gt; &amp; $1")
                .contains(" * @param text Text *&#47; with &#92;u002a/ tricks");
    }

    @Test
    void deprecatedSchemasAndPropertiesAreDeprecatedInJava() throws Exception {
        ObjectSchema schema = new ObjectSchema("Legacy", "Legacy", "", true,
                List.of(property("old", STRING).deprecated().build(), property("current", STRING).build()), "#/Legacy");
        Class<?> type = CompiledModel.of(context(schema)).type("Legacy");
        assertThat(type.isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(type.getMethod("old").isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(type.getMethod("current").isAnnotationPresent(Deprecated.class)).isFalse();
    }

    @Test
    void builderNeverHidesAModelTypeOrAnAccessor() throws Exception {
        CompiledModel model = CompiledModel.of(context(
                object("Builder", property("name", STRING)),
                object("Factory",
                        property("builder", named("Builder")),
                        property("toBuilder", STRING),
                        property("build", STRING),
                        property("source", STRING))));
        Class<?> factory = model.type("Factory");
        List<String> components = Arrays.stream(factory.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(components).containsExactly("builder", "toBuilder", "build", "source");
        assertThat(factory.getMethod("builder").getReturnType()).isEqualTo(model.type("Builder"));
        Class<?> nested = Arrays.stream(factory.getDeclaredClasses()).findFirst().orElseThrow();
        assertThat(nested.getSimpleName()).isEqualTo("FactoryBuilder");
        assertThat(nested.getConstructor()).as("without a builder() factory the builder is created directly").isNotNull();
        assertThat(model.type("Builder").getDeclaredClasses()).extracting(Class::getSimpleName)
                .containsExactly("BuilderBuilder");
    }

    @Test
    void outputIsTheSameOnEveryRun() {
        assertThat(projectModel().source("Project")).isEqualTo(projectModel().source("Project"));
        assertThat(new RecordEmitter().emit(context(project(), stringEnum("ProjectStatus", "A", "a"))))
                .isEqualTo(new RecordEmitter().emit(context(project(), stringEnum("ProjectStatus", "A", "a"))));
    }

    @Test
    void onlyObjectSchemasBecomeRecords() {
        assertThat(new RecordEmitter().emit(context(project(), stringEnum("ProjectStatus", "A", "a"),
                object("Tag", property("list", listOf(STRING, Constraints.NONE))))))
                .extracting(file -> file.relativePath())
                .containsExactly("java/com/example/app/model/Project.java", "java/com/example/app/model/Tag.java");
    }
}
