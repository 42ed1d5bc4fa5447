package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URLClassLoader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PATCH of a JSON object as the handler and the client see it: absent and explicit {@code null} differ, and a
 * body that fails is answered as a POSTed body would be. The user's handler patches a stored project named Garden.
 */
class PatchRequestsTest {

    private static final String PROJECT = "/api/v1/projects/3f1c9a52-5a7e-4b8e-9f55-0d3c2b7e6a10";
    private static final String INVOICE = "/api/v1/invoices/5d2e8f60-1b3a-4c7d-8e9f-a0b1c2d3e4f5";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static URLClassLoader loader;
    private static MockMvc mvc;

    @BeforeAll
    static void serve() throws Exception {
        loader = CompiledApp.shared().loader(PatchRequestsTest.class.getClassLoader());
        mvc = ServedApp.mockMvc(loader, Map.of());
    }

    @AfterAll
    static void close() throws Exception {
        loader.close();
    }

    @Test
    void explicitNullReachesTheHandlerAsPresentAndClearsTheProperty() throws Exception {
        JsonNode project = patched("{\"description\": null}");

        assertThat(lastPatch("has", "description")).isEqualTo(true);
        assertThat(lastPatch("presentFields")).isEqualTo(Set.of("description"));
        assertThat(lastValue("description")).isNull();
        assertThat(project.get("description").isNull()).as("cleared").isTrue();
        assertThat(project.get("name").asString()).as("absent: kept").isEqualTo("Garden");
    }

    @Test
    void absentPropertiesAreNotPresentAndStayAsTheyWere() throws Exception {
        JsonNode project = patched("{\"name\": \"New name\"}");

        assertThat(lastPatch("presentFields")).isEqualTo(Set.of("name"));
        assertThat(lastPatch("has", "description")).isEqualTo(false);
        assertThat(project.get("name").asString()).isEqualTo("New name");
        assertThat(project.get("description").asString()).isEqualTo("Vegetables");
        assertThat(project.get("status").asString()).isEqualTo("active");
    }

    @Test
    void anEmptyObjectChangesNothing() throws Exception {
        JsonNode project = patched("{}");

        assertThat(lastPatch("presentFields")).isEqualTo(Set.of());
        assertThat(project.get("name").asString()).isEqualTo("Garden");
    }

    @Test
    void propertiesTheContractDoesNotKnowAreNotReportedAsPresent() throws Exception {
        patched("{\"status\": \"completed\", \"colour\": \"red\"}");

        assertThat(lastPatch("presentFields")).isEqualTo(Set.of("status"));
    }

    @Test
    void explicitNullOfAPropertyThatMayNotBeNullIsA400NamingIt() throws Exception {
        ProblemAnswer problem = send(patch(PROJECT), "{\"name\": null, \"description\": null}");

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("name: must not be null");
    }

    @Test
    void everyRefusedNullAndViolatedConstraintIsListedInOneProblem() throws Exception {
        ProblemAnswer problem = send(patch(PROJECT),
                "{\"name\": \"x\", \"status\": null, \"description\": \"" + "d".repeat(1001) + "\"}");

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly(
                "description: Description too long",
                "name: Name must be at least 3 characters",
                "status: must not be null");
    }

    @Test
    void unknownEnumValueListsTheAllowedValues() throws Exception {
        ProblemAnswer problem = send(patch(PROJECT), "{\"status\": \"paused\"}");

        problem.assertStatus(400, "VALIDATION_FAILED");
        assertThat(problem.details()).containsExactly("status: must be one of [active, completed, archived]");
    }

    @Test
    void wrongTypesAndNonObjectsAreAnsweredAsForAPostedBody() throws Exception {
        String wrongType = "{\"name\": \"Garden\", \"description\": {\"text\": \"nested\"}}";
        ProblemAnswer patchedWrongType = send(patch(PROJECT), wrongType);
        ProblemAnswer postedWrongType = send(post("/api/v1/projects"), wrongType);
        ProblemAnswer patchedArray = send(patch(PROJECT), "[1, 2]");
        ProblemAnswer postedArray = send(post("/api/v1/projects"), "[1, 2]");

        patchedWrongType.assertStatus(400, "VALIDATION_FAILED");
        assertThat(patchedWrongType.details()).containsExactly("description: must be a string")
                .isEqualTo(postedWrongType.details());
        patchedArray.assertStatus(400, "VALIDATION_FAILED");
        assertThat(patchedArray.details()).containsExactly(": must be an object").isEqualTo(postedArray.details());
        send(patch(PROJECT), "null").assertStatus(400, "VALIDATION_FAILED");
    }

    @Test
    void malformedJsonAndMissingBodyAreTheUsualProblems() throws Exception {
        ProblemAnswer malformed = send(patch(PROJECT), "{\n  \"name\": \"secret-input\",,\n}");
        ProblemAnswer missing = ProblemAnswer.send(mvc, patch(PROJECT).contentType(MediaType.APPLICATION_JSON));

        malformed.assertStatus(400, "MALFORMED_JSON");
        assertThat(malformed.body().get("detail").asString())
                .isEqualTo("The request body is not valid JSON (line 2, column 26).");
        assertThat(malformed.text()).doesNotContain("secret-input");
        missing.assertStatus(400, "MISSING_BODY");
    }

    @Test
    void nestedViolationsAreNamedByJsonPathAndAnOptionalBodyMayBeLeftOut() throws Exception {
        MockHttpServletRequestBuilder invoice = patch(INVOICE).contentType("application/merge-patch+json");
        ProblemAnswer invalid = ProblemAnswer.send(mvc, invoice.content(
                "{\"customer_name\": null, \"line_items\": [{\"unit_price\": 0, \"quantity\": 1}]}"));
        ProblemAnswer withoutBody = ProblemAnswer.send(mvc, patch(INVOICE).contentType("application/merge-patch+json"));

        invalid.assertStatus(400, "VALIDATION_FAILED");
        assertThat(invalid.details()).containsExactly("customer_name: must not be null",
                "line_items[0].unit_price: must be greater than or equal to 0.01");
        withoutBody.assertStatus(501, "NOT_IMPLEMENTED");
        assertThat(withoutBody.body().get("detail").asString()).contains("updateInvoice");
    }

    private static JsonNode patched(String body) throws Exception {
        MockHttpServletResponse response = mvc.perform(json(patch(PROJECT), body)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    private static ProblemAnswer send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return ProblemAnswer.send(mvc, json(request, body));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** Calls a method of the {@code PatchRequest} the user's handler received last. */
    private static Object lastPatch(String method, Object... arguments) throws Exception {
        Class<?> handler = loader.loadClass(ProjectsContract.BASE_PACKAGE + ".app.MyProjectsHandler");
        Object patch = handler.getField("lastPatch").get(null);
        Class<?>[] types = arguments.length == 0 ? new Class<?>[0] : new Class<?>[] {String.class};
        return patch.getClass().getMethod(method, types).invoke(patch, arguments);
    }

    private static Object lastValue(String component) throws Exception {
        Object value = lastPatch("value");
        return value.getClass().getMethod(component).invoke(value);
    }
}
