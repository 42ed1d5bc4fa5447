package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ValueConstants;

class ControllerEmitterTest {

    private final CompiledApp app = CompiledApp.shared();

    @Test
    void mapsEachOperationUnderTheBasePathWithItsMediaTypes() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> controller = loader.loadClass(CompiledApp.api("ProjectsController"));

            RequestMapping create = method(controller, "createProject").getAnnotation(RequestMapping.class);
            RequestMapping delete = method(controller, "deleteProject").getAnnotation(RequestMapping.class);

            assertThat(controller.isAnnotationPresent(RestController.class)).isTrue();
            assertThat(create.method()).containsExactly(RequestMethod.POST);
            assertThat(create.path()).containsExactly("/api/v1/projects");
            assertThat(create.consumes()).containsExactly("application/json");
            assertThat(create.produces()).containsExactly("application/json");
            assertThat(delete.method()).containsExactly(RequestMethod.DELETE);
            assertThat(delete.path()).containsExactly("/api/v1/projects/{id}");
            assertThat(delete.produces()).as("no body, nothing to negotiate").isEmpty();
        }
    }

    @Test
    void bindsParametersUnderTheirWireNamesWithRequiredAndDefaults() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Parameter[] list = method(loader.loadClass(CompiledApp.api("ProjectsController")), "listProjects")
                    .getParameters();
            Parameter[] invoices = method(loader.loadClass(CompiledApp.api("InvoicesController")), "listInvoices")
                    .getParameters();
            Parameter id = method(loader.loadClass(CompiledApp.api("ProjectsController")), "getProject")
                    .getParameters()[0];

            RequestParam page = list[0].getAnnotation(RequestParam.class);
            assertThat(page.name()).isEqualTo("page");
            assertThat(page.required()).isFalse();
            assertThat(page.defaultValue()).isEqualTo("1");
            assertThat(list[2].getType().getName()).isEqualTo(CompiledApp.model("ProjectStatus"));
            assertThat(list[2].getAnnotation(RequestParam.class).defaultValue())
                    .as("no default in the contract, none in Spring").isEqualTo(ValueConstants.DEFAULT_NONE);
            assertThat(id.getAnnotation(PathVariable.class).name()).isEqualTo("id");
            assertThat(id.getType()).isEqualTo(UUID.class);
            RequestHeader tenant = invoices[0].getAnnotation(RequestHeader.class);
            assertThat(tenant.name()).isEqualTo("X-Tenant-Id");
            assertThat(tenant.required()).isTrue();
            CookieValue session = invoices[1].getAnnotation(CookieValue.class);
            assertThat(session.name()).isEqualTo("session");
            assertThat(session.required()).isFalse();
        }
    }

    @Test
    void validatesTheBodyAndAnswersWithTheSuccessBodyType() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> controller = loader.loadClass(CompiledApp.api("ProjectsController"));
            Method replace = method(controller, "replaceProject");
            Parameter body = replace.getParameters()[1];

            assertThat(annotationNames(body)).containsExactly("jakarta.validation.Valid",
                    RequestBody.class.getName());
            assertThat(body.getAnnotation(RequestBody.class).required()).isTrue();
            assertThat(replace.getGenericReturnType().getTypeName())
                    .as("a 200 body alone: Spring MVC would send a ResponseEntity chunked").isEqualTo(CompiledApp.model("Project"));
            assertThat(method(controller, "deleteProject").getGenericReturnType().getTypeName())
                    .isEqualTo("org.springframework.http.ResponseEntity<java.lang.Void>");
        }
    }

    @Test
    void patchOfAnObjectTakesTheJsonTreeWhileOtherBodiesStayValidatedRecords() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> projects = loader.loadClass(CompiledApp.api("ProjectsController"));
            Parameter patchBody = method(projects, "updateProject").getParameters()[1];
            Parameter optionalPatchBody = method(loader.loadClass(CompiledApp.api("InvoicesController")), "updateInvoice")
                    .getParameters()[1];
            Parameter createBody = method(projects, "createProject").getParameters()[0];

            assertThat(patchBody.getType().getName()).isEqualTo("tools.jackson.databind.JsonNode");
            assertThat(annotationNames(patchBody)).as("validated when read, not by @Valid")
                    .containsExactly(RequestBody.class.getName());
            assertThat(optionalPatchBody.getAnnotation(RequestBody.class).required()).isFalse();
            assertThat(createBody.getType().getName()).isEqualTo(CompiledApp.model("ProjectCreate"));
            assertThat(annotationNames(createBody)).containsExactly("jakarta.validation.Valid",
                    RequestBody.class.getName());
        }
    }

    @Test
    void answersWithTheContractsSuccessStatusAndLocationForCreatedItems() {
        String projects = app.source("ProjectsController");
        String invoices = app.source("InvoicesController");

        assertThat(projects)
                .contains("return ResponseEntity.created(location).body(created);")
                .contains(".path(\"/{id}\").buildAndExpand(created.id())")
                .contains("return ResponseEntity.status(204).build();");
        assertThat(invoices)
                .as("no Location header in the contract, no item path: a plain 201")
                .contains("return ResponseEntity.status(201).body(handler.createInvoice(body));")
                .doesNotContain("Location");
    }

    private static Method method(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(method -> method.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name));
    }

    private static List<String> annotationNames(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType).map(Class::getName).toList();
    }
}
