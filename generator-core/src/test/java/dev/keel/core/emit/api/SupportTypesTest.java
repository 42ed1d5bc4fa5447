package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

class SupportTypesTest {

    private final CompiledApp app = CompiledApp.shared();

    @Test
    void problemTypeIsAboutBlankUnlessABaseIsConfigured() throws Exception {
        assertThat(typeFor(new MockEnvironment())).isEqualTo("about:blank");
        assertThat(typeFor(new MockEnvironment().withProperty("keel.problems.type-base", "about:blank")))
                .isEqualTo("about:blank");
        assertThat(typeFor(new MockEnvironment().withProperty("keel.problems.type-base", "https://errors.example.com/p")))
                .isEqualTo("https://errors.example.com/p/payload-too-large");
    }

    @Test
    void factoriesUsersCallFromHandlersCarryStatusCodeAndField() throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> problem = loader.loadClass(CompiledApp.support("ApiProblemException"));

            Object badRequest = problem.getMethod("badRequest", String.class, String.class)
                    .invoke(null, "email", "is already registered");
            Object conflict = problem.getMethod("conflict", String.class, String.class)
                    .invoke(null, "email", "An account with this email exists.");
            Object forbidden = problem.getMethod("forbidden", String.class).invoke(null, "Not your project.");

            assertThat(describe(badRequest)).isEqualTo("400 VALIDATION_FAILED [FieldDetail[field=email, message=is already registered]]");
            assertThat(describe(conflict)).isEqualTo("409 CONFLICT [FieldDetail[field=email, message=An account with this email exists.]]");
            assertThat(describe(forbidden)).isEqualTo("403 FORBIDDEN []");
            assertThat(((Throwable) forbidden).getStackTrace()).as("an answer, not a bug: no trace").isEmpty();
        }
    }

    private String typeFor(Environment environment) throws Exception {
        try (URLClassLoader loader = app.loader(getClass().getClassLoader())) {
            Class<?> factory = loader.loadClass(CompiledApp.support("ProblemFactory"));
            Object problems = factory.getConstructor(Environment.class).newInstance(environment);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) factory
                    .getMethod("body", int.class, String.class, String.class, String.class)
                    .invoke(problems, 413, "PAYLOAD_TOO_LARGE", "Too large.", "/api/v1/projects");
            assertThat(body.keySet()).containsExactly("type", "title", "status", "detail", "instance", "code",
                    "details", "timestamp", "path");
            return (String) body.get("type");
        }
    }

    private static String describe(Object problem) throws Exception {
        Class<?> type = problem.getClass();
        return type.getMethod("status").invoke(problem) + " " + type.getMethod("code").invoke(problem) + " "
                + (List<?>) type.getMethod("details").invoke(problem);
    }
}
