package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HandlerEmitterTest {

    private final CompiledApp app = CompiledApp.shared();

    @Test
    void everyOperationIsADefaultMethodAnswering501WithItsOperationMethodAndPath() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> handler = loader.loadClass(CompiledApp.api("ProjectsHandler"));
            Object unimplemented = Proxy.newProxyInstance(loader, new Class<?>[] {handler},
                    (InvocationHandler) (proxy, method, args) -> InvocationHandler.invokeDefault(proxy, method, args));

            Method delete = handler.getMethod("deleteProject", UUID.class);
            Throwable failure = unwrap(catchThrowable(() -> delete.invoke(unimplemented, UUID.randomUUID())));

            assertThat(failure.getClass().getName()).isEqualTo(CompiledApp.support("OperationNotImplementedException"));
            assertThat(failure).hasMessage("Operation deleteProject (DELETE /api/v1/projects/{id}) is not implemented yet.");
            assertThat(Arrays.stream(handler.getMethods()).allMatch(Method::isDefault)).isTrue();
        }
    }

    @Test
    void methodsTakeParametersInContractOrderThenTheBodyAndReturnTheSuccessBody() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> projects = loader.loadClass(CompiledApp.api("ProjectsHandler"));
            Class<?> invoices = loader.loadClass(CompiledApp.api("InvoicesHandler"));
            Class<?> status = loader.loadClass(CompiledApp.model("ProjectStatus"));

            Method list = projects.getMethod("listProjects", Integer.class, Integer.class, status, String.class);
            Method replace = projects.getMethod("replaceProject", UUID.class, loader.loadClass(CompiledApp.model("ProjectReplace")));
            Method delete = projects.getMethod("deleteProject", UUID.class);
            Method listInvoices = invoices.getMethod("listInvoices", UUID.class, String.class);

            assertThat(list.getReturnType().getName()).isEqualTo(CompiledApp.model("ProjectPage"));
            assertThat(replace.getReturnType().getName()).isEqualTo(CompiledApp.model("Project"));
            assertThat(delete.getReturnType()).isEqualTo(void.class);
            assertThat(listInvoices.getGenericReturnType().getTypeName())
                    .isEqualTo("java.util.List<" + CompiledApp.model("Invoice") + ">");
            assertThat(Arrays.stream(listInvoices.getParameters()).map(p -> p.getName()).toList())
                    .as("header before cookie, whatever the contract's order")
                    .isEqualTo(List.of("xTenantId", "session"));
        }
    }

    @Test
    void patchOfAnObjectHandsTheBodyOverWithTheNamesItContained() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> projects = loader.loadClass(CompiledApp.api("ProjectsHandler"));

            Method update = projects.getMethod("updateProject", UUID.class,
                    loader.loadClass(CompiledApp.support("PatchRequest")));

            assertThat(update.getGenericParameterTypes()[1].getTypeName()).isEqualTo(
                    CompiledApp.support("PatchRequest") + "<" + CompiledApp.model("ProjectPatch") + ">");
            assertThat(app.source("ProjectsHandler"))
                    .contains("is to be cleared when {@code body.has(jsonName)}, and left as it is otherwise");
        }
    }

    @Test
    void javadocTellsTheUserWhatToImplement() {
        String source = app.source("ProjectsHandler");

        assertThat(source)
                .contains("Implement this interface in a Spring bean")
                .contains("Create a project owned by the signed-in user.")
                .contains("@param page 1-based page number.")
                .contains("{@code POST /api/v1/projects}, operation {@code createProject}; answers 201 when it returns.");
    }

    private static Throwable unwrap(Throwable failure) {
        return failure instanceof InvocationTargetException invocation ? invocation.getCause() : failure;
    }
}
