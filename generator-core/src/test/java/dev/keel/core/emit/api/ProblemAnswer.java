package dev.keel.core.emit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A problem response as a client reads it: status, code, and each field detail as {@code field: message}. */
record ProblemAnswer(MockHttpServletResponse response, String text, JsonNode body) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ProblemAnswer send(MockMvc mvc, RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String text = response.getContentAsString();
        assertThat(response.getContentType()).as(text).startsWith("application/problem+json");
        return new ProblemAnswer(response, text, JSON.readTree(text));
    }

    void assertStatus(int status, String code) {
        assertThat(response.getStatus()).as(text).isEqualTo(status);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.has("timestamp")).isTrue();
    }

    List<String> fields() {
        List<String> fields = new ArrayList<>();
        body.get("details").forEach(detail -> fields.add(detail.get("field").asString()));
        return fields;
    }

    List<String> details() {
        List<String> details = new ArrayList<>();
        body.get("details").forEach(detail ->
                details.add(detail.get("field").asString() + ": " + detail.get("message").asString()));
        return details;
    }
}
