package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import dev.keel.core.emit.ConstraintAnnotations;
import dev.keel.core.model.TypeRef;
import java.net.URLClassLoader;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What a client of the generated application sees when a request fails, served through MockMvc. */
class ProblemResponsesTest {

    private static final String PROJECTS = "/api/v1/projects";
    private static final String SOME_ID = "/api/v1/projects/3f1c9a52-5a7e-4b8e-9f55-0d3c2b7e6a10";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static URLClassLoader loader;
    private static MockMvc mvc;

    @BeforeAll
    static void serve() throws Exception {
        loader = CompiledApp.shared().loader(ProblemResponsesTest.class.getClassLoader());
        mvc = ServedApp.mockMvc(loader, Map.of("keel.http.max-request-body", "2KB",
                "keel.problems.type-base", "https://problems.example.com/"));
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void invalidBodyListsEveryFieldUnderItsJsonName() throws Exception {
        ProblemAnswer problem = send(json(post("/api/v1/invoices"),
                "{\"customer_name\": \" \", \"line_items\": [{\"unit_price\": 5, \"quantity\": 1},"
                        + " {\"unit_price\": 0, \"quantity\": 0}]}"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.body().get("type").asString()).isEqualTo("https://problems.example.com/validation-failed");
        assertThat(problem.body().get("detail").asString()).isEqualTo("3 fields are invalid.");
        assertThat(problem.fields()).containsExactly("customer_name", "line_items[1].quantity", "line_items[1].unit_price");
    }

    @Test
    void everyBrokenConstraintOfAFieldIsReportedWithTheContractsMessages() throws Exception {
        ProblemAnswer problem = send(json(post(PROJECTS), "{\"name\": \"x!\", \"description\": \"" + "d".repeat(1001) + "\"}"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly(
                "description: Description too long",
                "name: Name contains invalid characters",
                "name: Name must be at least 3 characters");
    }

    @Test
    void invalidBodyNextToAPathVariableIsReportedTheSameWay() throws Exception {
        ProblemAnswer problem = send(json(put(SOME_ID), "{\"name\": \"x\"}"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("name: size must be between 3 and 2147483647",
                "status: must not be null");
    }

    @Test
    void malformedJsonSaysWhereButNeverEchoesJacksonOrTheInput() throws Exception {
        ProblemAnswer problem = send(json(post(PROJECTS), "{\n  \"name\": \"secret-input\",,\n}"));

        problem.assertStatus(400, "MALFORMED_JSON");
        assertThat(problem.body().get("detail").asString()).isEqualTo("The request body is not valid JSON (line 2, column 26).");
        assertThat(problem.text()).doesNotContain("secret-input").doesNotContain("Unexpected character")
                .doesNotContain("jackson").doesNotContain("Source");
    }

    @Test
    void unknownEnumValueInTheBodyListsTheAllowedValues() throws Exception {
        ProblemAnswer problem = send(json(post(PROJECTS), "{\"name\": \"Garden\", \"status\": \"paused\"}"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("status: must be one of [active, completed, archived]");
    }

    @Test
    void wrongJsonTypeNamesTheField() throws Exception {
        ProblemAnswer problem = send(json(post("/api/v1/invoices"),
                "{\"customer_name\": \"Acme\", \"line_items\": [{\"unit_price\": \"cheap\", \"quantity\": 1}]}"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("line_items[0].unit_price: must be a number");
    }

    @Test
    void missingBodyIsA400() throws Exception {
        send(post(PROJECTS).contentType(MediaType.APPLICATION_JSON)).assertStatus(400, "MISSING_BODY");
    }

    @Test
    void queryParametersConvertEnumsByWireValueAndNameTheBadOne() throws Exception {
        MockHttpServletResponse ok = mvc.perform(get(PROJECTS + "?status=completed&page=2")).andReturn().getResponse();
        ProblemAnswer unknownStatus = send(get(PROJECTS + "?status=paused"));
        ProblemAnswer notANumber = send(get(PROJECTS + "?page=two"));

        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(ok.getContentAsString()).at("/pagination/page").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(ok.getContentAsString()).at("/pagination/limit").asInt()).as("default").isEqualTo(20);
        assertThat(unknownStatus.details()).containsExactly("status: must be one of [active, completed, archived]");
        assertThat(notANumber.details()).containsExactly("page: must be an integer");
    }

    @Test
    void invalidQueryParametersAreAllListedUnderTheirWireNames() throws Exception {
        assumeTrue(!ConstraintAnnotations.of(TypeRef.scalar(TypeRef.Scalar.Kind.INT32), ProjectsContract.minimum(1),
                false).isEmpty(), "parameter constraints need ConstraintAnnotations, written with the model emitters");

        ProblemAnswer problem = send(get(PROJECTS + "?page=0&limit=500&sort=name"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.fields()).containsExactly("limit", "page", "sort");
        assertThat(problem.details()).contains("sort: Sort must be field:direction pairs, e.g. createdAt:desc");
    }

    @Test
    void missingRequiredHeaderIsNamedAsOnTheWire() throws Exception {
        ProblemAnswer problem = send(get("/api/v1/invoices"));

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("X-Tenant-Id: is required");
    }

    @Test
    void unknownRouteWrongMethodAndWrongMediaTypeAreProblemsToo() throws Exception {
        ProblemAnswer notFound = send(get("/api/v1/nothing-here"));
        ProblemAnswer notAllowed = send(delete(PROJECTS));
        ProblemAnswer unsupported = send(post(PROJECTS).contentType(MediaType.TEXT_PLAIN).content("name=Garden"));
        ProblemAnswer notAcceptable = send(get(PROJECTS).accept(MediaType.APPLICATION_XML));

        notFound.assertStatus(404, "NOT_FOUND");
        assertThat(notFound.body().get("detail").asString()).isEqualTo("No endpoint GET /api/v1/nothing-here.");
        notAllowed.assertStatus(405, "METHOD_NOT_ALLOWED");
        assertThat(notAllowed.response().getHeader("Allow")).contains("GET").contains("POST");
        unsupported.assertStatus(415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(unsupported.body().get("detail").asString()).contains("application/json");
        notAcceptable.assertStatus(406, "NOT_ACCEPTABLE");
    }

    @Test
    void unexpectedFailureShowsOnlyACorrelationId() throws Exception {
        ProblemAnswer problem = send(get(SOME_ID).header("X-Request-Id", "req-42"));

        problem.assertStatus(500, "INTERNAL_ERROR");
        assertThat(problem.body().get("correlationId").asString()).isEqualTo("req-42");
        assertThat(problem.response().getHeader("X-Request-Id")).isEqualTo("req-42");
        assertThat(problem.text()).doesNotContain("hunter2").doesNotContain("IllegalStateException")
                .doesNotContain("db-7").doesNotContain("at com.");
    }

    @Test
    void correlationIdIsNewWhenTheClientSendsNoneOrAnUnsafeOne() throws Exception {
        ProblemAnswer problem = send(get(SOME_ID).header("X-Request-Id", "evil\r\nid"));

        assertThat(problem.body().get("correlationId").asString()).matches("[0-9a-f-]{36}");
    }

    @Test
    void unimplementedOperationsAnswer501NamingTheOperation() throws Exception {
        ProblemAnswer deleteProject = send(delete(SOME_ID));
        ProblemAnswer createInvoice = send(json(post("/api/v1/invoices"),
                "{\"customer_name\": \"Acme\", \"line_items\": [{\"unit_price\": 5, \"quantity\": 1}]}"));

        deleteProject.assertStatus(501, "NOT_IMPLEMENTED");
        assertThat(deleteProject.body().get("detail").asString())
                .isEqualTo("Operation deleteProject (DELETE /api/v1/projects/{id}) is not implemented yet.");
        createInvoice.assertStatus(501, "NOT_IMPLEMENTED");
        assertThat(createInvoice.body().get("detail").asString()).contains("createInvoice");
    }

    @Test
    void problemsThrownByHandlersKeepTheirStatusCodeAndDetail() throws Exception {
        ProblemAnswer problem = send(json(put(SOME_ID), "{\"name\": \"Garden\", \"status\": \"active\"}"));

        problem.assertStatus(404, "NOT_FOUND");
        assertThat(problem.body().get("detail").asString())
                .isEqualTo("No project 3f1c9a52-5a7e-4b8e-9f55-0d3c2b7e6a10.");
        assertThat(problem.body().get("path").asString()).isEqualTo(SOME_ID);
        assertThat(problem.body().get("instance").asString()).isEqualTo(SOME_ID);
        assertThat(problem.body().get("timestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void createdProjectAnswers201WithItsLocation() throws Exception {
        MockHttpServletResponse response = mvc.perform(json(post(PROJECTS), "{\"name\": \"Garden\"}"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getHeader("Location"))
                .isEqualTo("http://localhost/api/v1/projects/7b0c2a4e-8d3f-4c55-9a1e-2f6b9d0c1e23");
        assertThat(JSON.readTree(response.getContentAsString()).get("status").asString()).isEqualTo("active");
    }

    @Test
    void deleteWithoutImplementationIs501AndBodyOverTheLimitIs413() throws Exception {
        send(delete(SOME_ID)).assertStatus(501, "NOT_IMPLEMENTED");
        ProblemAnswer tooLarge = send(json(post(PROJECTS), "{\"name\": \"" + "n".repeat(3000) + "\"}"));

        tooLarge.assertStatus(413, "PAYLOAD_TOO_LARGE");
        assertThat(tooLarge.body().get("detail").asString())
                .isEqualTo("The request body is larger than the limit of 2048 bytes.");
    }

    @Test
    void containerErrorsReachingTheErrorControllerAreProblemsWithoutTraces() throws Exception {
        ProblemAnswer crash = send(get("/error")
                .requestAttr("jakarta.servlet.error.status_code", 500)
                .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/projects")
                .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("filter secret")));
        ProblemAnswer refused = send(get("/error")
                .requestAttr("jakarta.servlet.error.status_code", 400)
                .requestAttr("jakarta.servlet.error.request_uri", "/api/v1/%%"));
        ProblemAnswer direct = send(get("/error"));

        crash.assertStatus(500, "INTERNAL_ERROR");
        assertThat(crash.body().get("path").asString()).isEqualTo("/api/v1/projects");
        assertThat(crash.body().has("correlationId")).isTrue();
        assertThat(crash.text()).doesNotContain("filter secret").doesNotContain("IllegalStateException");
        refused.assertStatus(400, "BAD_REQUEST");
        direct.assertStatus(404, "NOT_FOUND");
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static ProblemAnswer send(RequestBuilder request) throws Exception {
        return ProblemAnswer.send(mvc, request);
    }
}
