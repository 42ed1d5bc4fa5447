package dev.keel.core.emit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A contract without security: every operation is public, whether or not Spring Security is on the class path,
 * and the generated code needs no Spring Security to compile or run.
 */
class PublicContractTest {

    private static final String BASE_PACKAGE = "com.example.open";
    private static final String CONTRACT = """
            openapi: 3.0.3
            info: {title: Open API, version: '1'}
            paths:
              /things:
                get:
                  tags: [things]
                  operationId: listThings
                  responses: {'204': {description: Things.}}
            """;
    private static final String HANDLER = """
            package com.example.open.app;

            import com.example.open.api.ThingsHandler;
            import org.springframework.stereotype.Component;

            @Component
            public class MyThingsHandler implements ThingsHandler {

                @Override
                public void listThings() {
                }
            }
            """;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static GeneratedApp generated;

    @BeforeAll
    static void compile() {
        generated = GeneratedApp.compile(CONTRACT, BASE_PACKAGE,
                List.of(GeneratedApp.source(BASE_PACKAGE + ".app.MyThingsHandler", HANDLER)));
    }

    @Test
    void onlyTheConfigurationKeepingTheApiOpenIsGeneratedAndItNamesNoSpringSecurityType() {
        List<String> security = generated.files.stream().map(file -> file.relativePath())
                .filter(path -> path.contains("/security/")).toList();
        assertThat(security).containsExactly("java/com/example/open/security/PublicAccessConfiguration.java");
        assertThat(generated.files).allSatisfy(file -> assertThat(file.contentAsString())
                .doesNotContain("import org.springframework.security"));
    }

    @Test
    void withSpringSecurityOnTheClassPathEveryOperationIsStillPublic() throws Exception {
        try (GeneratedApp.Running app = generated.run(getClass().getClassLoader(), GeneratedApp.OFFLINE)) {
            assertThat(listThings(app).statusCode()).isEqualTo(204);
            assertThat(app.context().getBeanNamesForType(
                    org.springframework.security.web.SecurityFilterChain.class)).isEmpty();
        }
    }

    @Test
    void withoutSpringSecurityTheApplicationStartsAndServes() throws Exception {
        ClassLoader withoutSecurity = new HidingClassLoader(getClass().getClassLoader());
        try (GeneratedApp.Running app = generated.run(withoutSecurity, GeneratedApp.OFFLINE)) {
            assertThat(listThings(app).statusCode()).isEqualTo(204);
        }
    }

    private static HttpResponse<String> listThings(GeneratedApp.Running app) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/things")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Pretends Spring Security and Spring Boot's security modules are not on the class path. */
    private static final class HidingClassLoader extends ClassLoader {

        private static final List<String> HIDDEN_CLASSES = List.of("org.springframework.security.",
                "org.springframework.boot.security.");
        private static final List<String> HIDDEN_JARS = List.of("/spring-security-", "/spring-boot-security");

        HidingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (HIDDEN_CLASSES.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            URL resource = super.getResource(name);
            return resource == null || hidden(resource) ? null : resource;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            List<URL> visible = Collections.list(super.getResources(name)).stream().filter(url -> !hidden(url)).toList();
            return Collections.enumeration(visible);
        }

        private static boolean hidden(URL resource) {
            return HIDDEN_JARS.stream().anyMatch(resource.toString()::contains);
        }
    }
}
