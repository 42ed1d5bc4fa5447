package dev.keel.core.emit.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample's generated data layer at run time: the generated application booted by Spring Boot over its embedded
 * PostgreSQL, the sample DDL applied, and the generated service called as the handler calls it, through Spring's
 * transaction proxy and jOOQ with Spring Boot's exception translation.
 */
class SampleDataRuntimeTest {

    private static final AtomicReference<Optional<UUID>> OWNER = new AtomicReference<>(Optional.empty());
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static GeneratedDataApp app;
    private static URLClassLoader loader;
    private static ConfigurableApplicationContext context;
    private static DSLContext sql;
    private static Object service;

    private UUID alice;
    private UUID bob;

    @BeforeAll
    static void boot() throws Exception {
        app = GeneratedDataApp.sample();
        loader = app.loader(SampleDataRuntimeTest.class.getClassLoader());
        Object owner = GeneratedDataApp.ownerResolver(loader, app.support("OwnerResolver"), OWNER);
        ExecuteListener counter = GeneratedDataApp.countingStatements(STATEMENTS);
        context = run(owner, new DefaultExecuteListenerProvider(counter));
        sql = context.getBean(DSLContext.class);
        createSchema(context.getBean(DataSource.class));
        service = context.getBean(loader.loadClass(app.data("ProjectService")));
    }

    static ConfigurableApplicationContext run(Object owner, Object listenerProvider) throws Exception {
        Class<?> main = loader.loadClass(app.basePackage + ".ProjectsApiApplication");
        SpringApplication application = new SpringApplication(new DefaultResourceLoader(loader), main);
        application.addInitializers(initialized -> {
            initialized.getBeanFactory().registerSingleton("testOwnerResolver", owner);
            initialized.getBeanFactory().registerSingleton("statementCounter", listenerProvider);
        });
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return application.run("--server.port=0", "--KEEL_REDIS_URL=redis://127.0.0.1:2",
                    "--spring.main.banner-mode=off");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The sample DDL as written, but the Supabase policy (it calls auth.uid(), which plain PostgreSQL lacks). */
    private static void createSchema(DataSource dataSource) throws Exception {
        DSLContext plain = DSL.using(dataSource, org.jooq.SQLDialect.POSTGRES);
        plain.execute("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"");
        for (String statement : Files.readString(GeneratedDataApp.SAMPLE_DDL).split(";")) {
            if (!statement.isBlank() && !statement.contains("CREATE POLICY")) {
                plain.execute(statement);
            }
        }
    }

    /** An access token for {@code subject} from the generated token service: the sample contract is secured. */
    private static String accessToken(String subject) throws Exception {
        Object tokens = context.getBean(loader.loadClass(app.basePackage + ".security.TokenService"));
        Object jwt = tokens.getClass().getMethod("issueAccessToken", String.class, String.class)
                .invoke(tokens, subject, "user");
        return (String) jwt.getClass().getMethod("getTokenValue").invoke(jwt);
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
    void users() {
        sql.execute("DELETE FROM projects");
        sql.execute("DELETE FROM users");
        alice = user("alice@example.com");
        bob = user("bob@example.com");
        OWNER.set(Optional.of(alice));
    }

    @Test
    void createFillsIdOwnerAndTimestampsFromTheDatabase() throws Throwable {
        Object created = create("Garden", "Plant things", null);

        assertThat(Reflect.get(created, "id")).isInstanceOf(UUID.class);
        assertThat(Reflect.get(created, "userId")).isEqualTo(alice);
        assertThat(Reflect.get(created, "name")).isEqualTo("Garden");
        assertThat(Reflect.get(created, "status")).hasToString("active");
        assertThat(Reflect.get(created, "createdAt")).isInstanceOf(OffsetDateTime.class);
        assertThat(Reflect.get(created, "updatedAt")).isEqualTo(Reflect.get(created, "createdAt"));
        assertThat(sql.fetchValue("SELECT status FROM projects WHERE id = ?", Reflect.get(created, "id")))
                .isEqualTo("active");
    }

    @Test
    void createWithoutOwnerIsA400NotANotNullViolation() {
        OWNER.set(Optional.empty());

        Throwable failure = catchThrowable(() -> create("Orphan", null, null));

        assertProblem(failure, 400, "OWNER_REQUIRED");
        assertThat(failure).hasMessage("A project belongs to an owner, and this request has none.");
        assertThat(sql.fetchCount(DSL.table("projects"))).isZero();
    }

    @Test
    void listReturnsThePageTotalAndFilteredSortedRowsInOneStatement() throws Throwable {
        for (String name : List.of("Delta", "Alpha", "Echo", "Charlie", "Bravo")) {
            create(name, null, name.equals("Echo") ? "archived" : "active");
        }
        OWNER.set(Optional.of(bob));
        create("Aardvark", null, "active");
        OWNER.set(Optional.of(alice));

        STATEMENTS.set(0);
        Object page = Reflect.call(service, "list", 2, 2, status("active"), "name:asc");

        assertThat(STATEMENTS.get()).as("the page carries the count").isEqualTo(1);
        assertThat(names(Reflect.get(page, "data"))).containsExactly("Charlie", "Delta");
        Object pagination = Reflect.get(page, "pagination");
        assertThat(Reflect.get(pagination, "page")).isEqualTo(2);
        assertThat(Reflect.get(pagination, "limit")).isEqualTo(2);
        assertThat(Reflect.get(pagination, "total")).isEqualTo(4L);
        assertThat(Reflect.get(pagination, "totalPages")).isEqualTo(2);

        Object newestFirst = Reflect.call(service, "list", null, null, null, "createdAt:desc,name:desc");
        assertThat(names(Reflect.get(newestFirst, "data")))
                .containsExactly("Bravo", "Charlie", "Echo", "Alpha", "Delta");
        assertThat(Reflect.get(Reflect.get(newestFirst, "pagination"), "limit")).isEqualTo(20);

        STATEMENTS.set(0);
        Object pastTheEnd = Reflect.call(service, "list", 5, 2, status("active"), "name:asc");
        assertThat(names(Reflect.get(pastTheEnd, "data"))).isEmpty();
        assertThat(Reflect.get(Reflect.get(pastTheEnd, "pagination"), "total")).isEqualTo(4L);
        assertThat(STATEMENTS.get()).as("no row carries the count, so it is counted apart").isEqualTo(2);
    }

    @Test
    void withoutAnOwnerTheListIsUnscoped() throws Throwable {
        create("Mine", null, null);
        OWNER.set(Optional.of(bob));
        create("Bobs", null, null);
        OWNER.set(Optional.empty());

        Object page = Reflect.call(service, "list", 1, 10, null, "name");

        assertThat(names(Reflect.get(page, "data"))).containsExactly("Bobs", "Mine");
    }

    @Test
    void anUnknownSortFieldIsA400NamingTheFieldsAllowed() {
        STATEMENTS.set(0);

        Throwable failure = catchThrowable(() -> Reflect.call(service, "list", 1, 10, null, "password:asc"));

        assertProblem(failure, 400, "VALIDATION_FAILED");
        Object detail = ((List<?>) Reflect.get(failure, "details")).get(0);
        assertThat(Reflect.get(detail, "field")).isEqualTo("sort");
        assertThat(Reflect.get(detail, "message")).isEqualTo("Cannot sort by 'password'; sort by one of: id, userId, "
                + "name, description, status, createdAt, updatedAt");
        assertThat(STATEMENTS.get()).as("nothing reaches the database").isZero();
    }

    @Test
    void patchLeavesAbsentFieldsAloneClearsExplicitNullsAndSetsUpdatedAt() throws Throwable {
        Object created = create("Garden", "Plant things", "active");
        UUID id = (UUID) Reflect.get(created, "id");
        Thread.sleep(5);

        Object renamed = Reflect.call(service, "patch", id, patch(Set.of("name"), "Orchard", null, null));
        assertThat(Reflect.get(renamed, "name")).isEqualTo("Orchard");
        assertThat(Reflect.get(renamed, "description")).as("absent: unchanged").isEqualTo("Plant things");
        assertThat(Reflect.get(renamed, "status")).hasToString("active");
        assertThat((OffsetDateTime) Reflect.get(renamed, "updatedAt"))
                .isAfter((OffsetDateTime) Reflect.get(created, "updatedAt"));
        assertThat(Reflect.get(renamed, "createdAt")).isEqualTo(Reflect.get(created, "createdAt"));

        Object cleared = Reflect.call(service, "patch", id, patch(Set.of("description"), null, null, null));
        assertThat(Reflect.get(cleared, "description")).as("explicit null: cleared").isNull();
        assertThat(Reflect.get(cleared, "name")).isEqualTo("Orchard");
    }

    @Test
    void replaceSetsEveryEditableColumnAndMissingRowsAre404() throws Throwable {
        UUID id = (UUID) Reflect.get(create("Garden", "Plant things", "active"), "id");
        Class<?> replaceType = loader.loadClass(app.model("ProjectReplace"));

        Object replaced = Reflect.call(service, "replace", id, Reflect.record(replaceType, "Shed", null,
                status("completed")));
        assertThat(Reflect.get(replaced, "name")).isEqualTo("Shed");
        assertThat(Reflect.get(replaced, "description")).isNull();
        assertThat(Reflect.get(replaced, "status")).hasToString("completed");

        UUID missing = UUID.randomUUID();
        assertProblem(catchThrowable(() -> Reflect.call(service, "replace", missing,
                Reflect.record(replaceType, "Shed", null, status("active")))), 404, "NOT_FOUND");
        assertProblem(catchThrowable(() -> Reflect.call(service, "get", missing)), 404, "NOT_FOUND");
    }

    @Test
    void anotherOwnersRowIsNotFound() throws Throwable {
        UUID id = (UUID) Reflect.get(create("Garden", null, null), "id");
        OWNER.set(Optional.of(bob));

        assertProblem(catchThrowable(() -> Reflect.call(service, "get", id)), 404, "NOT_FOUND");
        assertProblem(catchThrowable(() -> Reflect.call(service, "delete", id)), 404, "NOT_FOUND");
        assertThat(sql.fetchCount(DSL.table("projects"))).isEqualTo(1);
    }

    @Test
    void deleteRemovesTheRow() throws Throwable {
        UUID id = (UUID) Reflect.get(create("Garden", null, null), "id");

        Reflect.call(service, "delete", id);

        assertThat(sql.fetchCount(DSL.table("projects"))).isZero();
        assertProblem(catchThrowable(() -> Reflect.call(service, "delete", id)), 404, "NOT_FOUND");
    }

    @Test
    void aUniqueViolationBecomesA409NamingTheField() throws Throwable {
        Throwable duplicate = catchThrowable(() -> sql.insertInto(DSL.table("users"))
                .set(DSL.field("id"), UUID.randomUUID())
                .set(DSL.field("email"), "alice@example.com")
                .set(DSL.field("password_hash"), "x")
                .set(DSL.field("name"), "Alice again")
                .set(DSL.field("role"), "user")
                .execute());
        assertThat(duplicate).as("Spring Boot's jOOQ exception translation").isInstanceOf(DuplicateKeyException.class);

        Object problem = problemFor((DataIntegrityViolationException) duplicate);

        assertThat(Reflect.get(problem, "status")).isEqualTo(409);
        Object detail = ((List<?>) Reflect.get(problem, "details")).get(0);
        assertThat(Reflect.get(detail, "field")).isEqualTo("email");
        assertThat(Reflect.get(problem, "detail")).isEqualTo("A record with this email already exists.");
    }

    @Test
    void aCreateForAnOwnerThatDoesNotExistIsA409OnTheOwnerField() throws Throwable {
        OWNER.set(Optional.of(UUID.randomUUID()));

        Throwable failure = catchThrowable(() -> create("Ghost", null, null));

        assertThat(failure).isInstanceOf(DataIntegrityViolationException.class);
        Object problem = problemFor((DataIntegrityViolationException) failure);
        assertThat(Reflect.get(problem, "status")).isEqualTo(409);
        assertThat(Reflect.get(((List<?>) Reflect.get(problem, "details")).get(0), "field")).isEqualTo("userId");
    }

    private Object problemFor(DataIntegrityViolationException failure) throws Throwable {
        Class<?> handler = loader.loadClass(app.data("DataIntegrityProblemHandler"));
        return handler.getMethod("problemFor", DataIntegrityViolationException.class).invoke(null, failure);
    }

    private static Object create(String name, String description, String status) throws Throwable {
        Class<?> createType = loader.loadClass(app.model("ProjectCreate"));
        return Reflect.call(service, "create", Reflect.record(createType, name, description,
                status == null ? null : status(status)));
    }

    private static Object patch(Set<String> present, String name, String description, String status) throws Exception {
        Object body = Reflect.record(loader.loadClass(app.model("ProjectPatch")), name, description,
                status == null ? null : status(status));
        return Reflect.record(loader.loadClass(app.support("PatchRequest")), body, present);
    }

    private static Object status(String value) {
        try {
            Class<?> type = loader.loadClass(app.model("ProjectStatus"));
            return type.getMethod("fromValue", String.class).invoke(null, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Object> names(Object rows) {
        return ((List<?>) rows).stream().map(row -> Reflect.get(row, "name")).toList();
    }

    private UUID user(String email) {
        return sql.insertInto(DSL.table("users"))
                .set(DSL.field("email"), email)
                .set(DSL.field("password_hash"), "x")
                .set(DSL.field("name"), email)
                .set(DSL.field("role"), "user")
                .returning(DSL.field("id", UUID.class))
                .fetchOne()
                .get(DSL.field("id", UUID.class));
    }

    private static void assertProblem(Throwable failure, int status, String code) {
        assertThat(failure).isNotNull();
        assertThat(failure.getClass().getSimpleName()).isEqualTo("ApiProblemException");
        assertThat(Reflect.get(failure, "status")).isEqualTo(status);
        assertThat(Reflect.get(failure, "code")).isEqualTo(code);
    }

    @Test
    void everyServiceCallRunsInATransactionAndTheBeansComeFromTheAutoConfiguration() throws Exception {
        assertThat(AopUtils.isAopProxy(service)).as("@Transactional applies").isTrue();
        Object handler = context.getBean(loader.loadClass(app.basePackage + ".api.ProjectsHandler"));
        assertThat(handler.getClass().getName()).isEqualTo(app.data("ProjectCrudHandler"));
        assertThat(context.containsBean(app.data("KeelDataAutoConfiguration")))
                .as("registered as an auto-configuration").isTrue();
        assertThat(context.containsBean("keelDataAutoConfiguration")).as("not by component scanning").isFalse();
    }

    @Test
    void overHttpTheListAnswersAPageAndAnUnknownSortField400() throws Throwable {
        create("Garden", null, null);

        HttpResponse<String> page = http("GET", "/projects?page=1&limit=5", null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(page.body());
        assertThat(body.get("data").get(0).get("name").asString()).isEqualTo("Garden");
        assertThat(body.get("pagination").get("total").asLong()).isEqualTo(1);

        HttpResponse<String> unknown = http("GET", "/projects?sort=password:asc", null);
        JsonNode problem = problem(unknown, 400);
        assertThat(problem.get("details").get(0).get("field").asString()).isEqualTo("sort");
    }

    @Test
    void overHttpAConstraintViolationIsAProblemNotA500() throws Exception {
        OWNER.set(Optional.of(UUID.randomUUID()));

        HttpResponse<String> created = http("POST", "/projects", "{\"name\": \"Ghost\"}");

        JsonNode problem = problem(created, 409);
        assertThat(problem.get("code").asString()).isEqualTo("CONFLICT");
        assertThat(problem.get("details").get(0).get("field").asString()).isEqualTo("userId");
        assertThat(created.body()).doesNotContain("SQL", "projects_user_id_fkey");
    }

    private static HttpResponse<String> http(String method, String path, String json) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1" + path))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + accessToken(OWNER.get().map(UUID::toString).orElse("nobody")));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }
}
