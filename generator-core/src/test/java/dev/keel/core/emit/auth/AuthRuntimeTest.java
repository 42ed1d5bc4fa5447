package dev.keel.core.emit.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample contract's account operations over HTTP: the generated app compiled, booted by Spring Boot over its
 * embedded PostgreSQL with the V1 migration Keel planned, and called as a client would.
 */
class AuthRuntimeTest {

    private static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    private static final Path DDL = Path.of("../sample-specs/projects/schema.sql");
    private static final AtomicInteger MATCHES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String migration;
    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static DSLContext sql;
    private static String base;

    @BeforeAll
    static void boot() throws Exception {
        Path output = Files.createTempDirectory("keel-auth-out");
        Path migrations = Files.createTempDirectory("keel-auth-migrations");
        new Keel().generate(new KeelConfig(SPEC, List.of(DDL), "com.example.auth", output, Optional.empty(),
                Optional.of(migrations), false));
        migration = Files.readString(migrations.resolve("V1__keel_create_schema.sql"));
        Path classes = compile(output);
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, AuthRuntimeTest.class.getClassLoader());
        Class<?> main = loader.loadClass("com.example.auth.ProjectsApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        application.addInitializers(initialized -> initialized.getBeanFactory()
                .registerSingleton("countingPasswordEncoder", new CountingEncoderWrapper()));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            context = application.run("--server.port=0", "--KEEL_REDIS_URL=redis://127.0.0.1:2",
                    "--spring.main.banner-mode=off");
        } finally {
            thread.setContextClassLoader(previous);
        }
        sql = DSL.using(context.getBean(DataSource.class), org.jooq.SQLDialect.POSTGRES);
        sql.execute(migration);
        base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort() + "/api/v1";
    }

    /** Counts every {@code matches} of the application's password encoder. */
    static final class CountingEncoderWrapper implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof PasswordEncoder encoder)) {
                return bean;
            }
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return encoder.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    MATCHES.incrementAndGet();
                    return encoder.matches(raw, encoded);
                }
            };
        }
    }

    private static Path compile(Path output) throws Exception {
        List<JavaFileObject> units = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(output.resolve("java"))) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String name = output.resolve("java").relativize(path).toString().replace('/', '.')
                        .replaceAll("\\.java$", "");
                units.add(JavaFileObjects.forSourceString(name, Files.readString(path)));
            }
        }
        Compilation compilation = Compiler.javac().withOptions("-parameters", "-Xlint:all,-serial").compile(units);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        Path classes = Files.createTempDirectory("keel-auth-classes");
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.getName();
            Path target = classes.resolve(name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
        Path resources = output.resolve("resources");
        try (Stream<Path> paths = Files.walk(resources)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                Path target = classes.resolve(resources.relativize(path).toString());
                Files.createDirectories(target.getParent());
                Files.copy(path, target);
            }
        }
        return classes;
    }

    @AfterAll
    static void close() throws Exception {
        if (context != null) {
            context.close();
        }
        if (loader != null) {
            loader.close();
        }
    }

    @BeforeEach
    void empty() {
        sql.execute("DELETE FROM keel_refresh_tokens");
        sql.execute("DELETE FROM projects");
        sql.execute("DELETE FROM users");
    }

    @Test
    void theMigrationCreatesKeelsRefreshTokenTable() {
        assertThat(migration).contains("CREATE TABLE keel_refresh_tokens").contains("REFERENCES users");
    }

    @Test
    void registerLoginProfileRefreshAndReuseRevokesTheFamily() throws Exception {
        HttpResponse<String> registered = post("/auth/register",
                "{\"email\":\"ann@example.com\",\"password\":\"correct horse\",\"name\":\"Ann\"}");
        assertThat(registered.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(registered.body());
        assertThat(body.get("user").get("role").asString()).isEqualTo("user");
        assertThat(body.get("user").has("passwordHash")).isFalse();
        assertThat(sql.fetchValue("SELECT password_hash FROM users").toString()).startsWith("$argon2id$");

        JsonNode login = JSON.readTree(post("/auth/login",
                "{\"email\":\"ann@example.com\",\"password\":\"correct horse\"}").body());
        HttpResponse<String> profile = get("/auth/profile", login.get("accessToken").asString());
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(profile.body()).get("email").asString()).isEqualTo("ann@example.com");
        assertThat(get("/auth/profile", null).statusCode()).isEqualTo(401);

        String first = login.get("refreshToken").asString();
        HttpResponse<String> refreshed = post("/auth/refresh", refresh(first));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String second = JSON.readTree(refreshed.body()).get("refreshToken").asString();
        assertThat(second).isNotEqualTo(first);
        assertThat(sql.fetchCount(DSL.table("keel_refresh_tokens"), DSL.field("token_hash").eq(first))).isZero();

        assertThat(post("/auth/refresh", refresh(first)).statusCode()).isEqualTo(401);
        assertThat(post("/auth/refresh", refresh(second)).statusCode()).as("the family is revoked").isEqualTo(401);
        // The register family is untouched by the login family's revocation.
        assertThat(post("/auth/refresh", refresh(body.get("refreshToken").asString())).statusCode()).isEqualTo(200);
    }

    @Test
    void logoutRevokesAndAnswers204EvenForUnknownTokens() throws Exception {
        JsonNode registered = JSON.readTree(post("/auth/register",
                "{\"email\":\"bo@example.com\",\"password\":\"long enough\",\"name\":\"Bo\"}").body());
        String token = registered.get("refreshToken").asString();

        assertThat(post("/auth/logout", refresh(token)).statusCode()).isEqualTo(204);
        assertThat(post("/auth/refresh", refresh(token)).statusCode()).isEqualTo(401);
        assertThat(post("/auth/logout", refresh("never-issued")).statusCode()).isEqualTo(204);
    }

    @Test
    void aTakenEmailIs409AndAWeakPasswordIs400NamingPassword() throws Exception {
        String ann = "{\"email\":\"cy@example.com\",\"password\":\"long enough\",\"name\":\"Cy\"}";
        assertThat(post("/auth/register", ann).statusCode()).isEqualTo(201);

        HttpResponse<String> duplicate = post("/auth/register", ann);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("\"email\"");

        HttpResponse<String> weak = post("/auth/register",
                "{\"email\":\"dee@example.com\",\"password\":\"short\",\"name\":\"Dee\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weak.body()).get("details").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void unknownEmailAndWrongPasswordLookTheSameAndBothRunTheEncoder() throws Exception {
        post("/auth/register", "{\"email\":\"eve@example.com\",\"password\":\"long enough\",\"name\":\"Eve\"}");

        MATCHES.set(0);
        HttpResponse<String> unknown = post("/auth/login", "{\"email\":\"nobody@example.com\",\"password\":\"x\"}");
        assertThat(MATCHES.get()).isEqualTo(1);
        HttpResponse<String> wrong = post("/auth/login", "{\"email\":\"eve@example.com\",\"password\":\"x\"}");
        assertThat(MATCHES.get()).isEqualTo(2);

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(withoutVolatile(unknown.body())).isEqualTo(withoutVolatile(wrong.body()));
    }

    private static JsonNode withoutVolatile(String body) {
        tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) JSON.readTree(body);
        node.remove("timestamp");
        node.remove("requestId");
        node.remove("traceId");
        return node;
    }

    private static String refresh(String token) {
        return "{\"refreshToken\":\"" + token + "\"}";
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String accessToken) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
