package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The data layer generated for the sample contract and DDL: compiled, named and wired as promised. */
class SampleDataLayerTest {

    private final GeneratedDataApp app = GeneratedDataApp.sample();

    @Test
    void theSampleGetsTableClassesAndADataLayerBesideTheApiLayer() {
        assertThat(app.sources.keySet()).contains(
                app.data("ProjectRepository"), app.data("ProjectService"), app.data("ProjectCrudHandler"),
                app.data("KeelDataAutoConfiguration"), app.data("DataIntegrityProblemHandler"),
                app.support("OwnerResolver"), app.basePackage + ".db.tables.Projects",
                app.basePackage + ".api.ProjectsHandler");
        assertThat(app.sources.keySet()).as("User has no CRUD operation")
                .noneMatch(name -> name.contains(".data.User"));
        assertThat(app.resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))
                .isEqualTo(app.basePackage + ".cache.KeelCacheAutoConfiguration\n"
                        + app.data("KeelDataAutoConfiguration") + "\n" + app.basePackage
                        + ".auth.KeelAuthAutoConfiguration\n" + app.basePackage
                        + ".ops.KeelOperationsAutoConfiguration\n");
        assertThat(app.result.describeBindings()).startsWith("Project -> projects (resource; key id, owner user_id");
    }

    @Test
    void everyBeanOfTheAutoConfigurationGivesWayToTheApplicationsOwn() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> configuration = loader.loadClass(app.data("KeelDataAutoConfiguration"));
            Class<?> handlerInterface = loader.loadClass(app.basePackage + ".api.ProjectsHandler");

            assertThat(configuration.getAnnotation(AutoConfiguration.class).afterName())
                    .containsExactly("org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration");
            List<Method> beans = Arrays.stream(configuration.getMethods())
                    .filter(method -> method.isAnnotationPresent(Bean.class)).toList();
            assertThat(beans).extracting(Method::getName).containsExactlyInAnyOrder("keelOwnerResolver",
                    "keelProjectRepository", "keelProjectService", "keelProjectCrudHandler",
                    "keelDataIntegrityProblemHandler");
            assertThat(beans).allSatisfy(bean -> assertThat(bean.getAnnotation(ConditionalOnMissingBean.class))
                    .as(bean.getName()).isNotNull());
            Method handler = configuration.getMethod("keelProjectCrudHandler",
                    loader.loadClass(app.data("ProjectService")));
            assertThat(handler.getAnnotation(ConditionalOnMissingBean.class).value())
                    .as("a user's handler replaces the generated one").containsExactly(handlerInterface);
        }
    }

    @Test
    void theCrudHandlerImplementsTheTagHandlerWithItsSignatures() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> handlerInterface = loader.loadClass(app.basePackage + ".api.ProjectsHandler");
            Class<?> crud = loader.loadClass(app.data("ProjectCrudHandler"));
            Class<?> patchRequest = loader.loadClass(app.support("PatchRequest"));
            assertThat(handlerInterface.isAssignableFrom(crud)).isTrue();

            for (Method method : crud.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Method declared = Arrays.stream(handlerInterface.getMethods())
                        .filter(candidate -> candidate.getName().equals(method.getName())).findFirst().orElseThrow();
                boolean interfaceTakesPlainPatch = method.getName().equals("updateProject")
                        && !Arrays.asList(declared.getParameterTypes()).contains(patchRequest);
                if (interfaceTakesPlainPatch) {
                    // The API layer's PATCH bodies arrive as PatchRequest once its handler interfaces declare them.
                    assertThat(method.getParameterTypes()).contains(patchRequest);
                    continue;
                }
                assertThat(method.getParameterTypes()).as(method.getName()).isEqualTo(declared.getParameterTypes());
                assertThat(method.getReturnType()).as(method.getName()).isEqualTo(declared.getReturnType());
            }
            assertThat(Arrays.stream(crud.getDeclaredMethods()).map(Method::getName))
                    .containsExactlyInAnyOrder("listProjects", "createProject", "getProject", "replaceProject",
                            "updateProject", "deleteProject");
        }
    }

    @Test
    void theRepositoryBuildsStatementsWithTheDslAndBindValuesOnly() {
        String repository = app.source("ProjectRepository");

        assertThat(repository).contains("dsl.selectFrom(Projects.PROJECTS)", ".returning()",
                "Projects.PROJECTS.ID.eq(key)");
        assertThat(repository).doesNotContain("DSL.sql(", "DSL.field(\"", "DSL.condition(\"", "DSL.inline(",
                "dsl.execute(", "dsl.fetch(\"", "resultQuery(");
    }
}
