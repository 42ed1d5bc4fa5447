package dev.keel.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An operation declaring several responses ({@code adoptPet}: 200 with headers, 202 with a required header, 204,
 * 404 with the contract's own error body, 4XX with a problem) answers with whichever record its handler returns:
 * that record's status, headers, body and content type.
 */
class ResponsesTest {

    private static final String RESULT = "api.PetsHandler$AdoptPetResult$";

    private static MockMvc answering(Object result) throws Exception {
        return FidelityApp.serve("Pets", (proxy, method, args) -> result);
    }

    private static JsonNode body(ResultActions answered) throws Exception {
        return JsonMapper.builder().build().readTree(answered.andReturn().getResponse().getContentAsString());
    }

    private static Object cat() throws Exception {
        return FidelityApp.json("Cat", "{\"petType\":\"cat\",\"name\":\"Tom\",\"lives\":9}");
    }

    @Test
    void theFirstSuccessAnswersItsBodyAndHeaders() throws Exception {
        JsonNode pet = body(answering(FidelityApp.record(RESULT + "Ok", cat(), 7, "\"v1\""))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Rate-Limit", "7"))
                .andExpect(header().string("ETag", "\"v1\""))
                .andExpect(content().contentTypeCompatibleWith("application/json")));
        assertThat(pet.path("petType").asString()).isEqualTo("cat");
        assertThat(pet.path("lives").asInt()).isEqualTo(9);
    }

    @Test
    void aHeaderLeftOutIsNotSent() throws Exception {
        answering(FidelityApp.type(RESULT + "Ok").getConstructor(FidelityApp.type("model.Pet")).newInstance(cat()))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Rate-Limit"))
                .andExpect(header().doesNotExist("ETag"));
    }

    @Test
    void anotherSuccessAnswersItsOwnBodyTypeAndStatus() throws Exception {
        UUID id = UUID.randomUUID();
        Object job = FidelityApp.json("Job", "{\"id\":\"" + id + "\",\"state\":\"queued\"}");
        JsonNode answer = body(answering(FidelityApp.record(RESULT + "Accepted", job, 30))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Retry-After", "30")));
        assertThat(answer.path("id").asString()).isEqualTo(id.toString());
        assertThat(answer.path("state").asString()).isEqualTo("queued");
    }

    @Test
    void aRequiredHeaderCannotBeLeftOut() throws Exception {
        Object job = FidelityApp.json("Job", "{\"id\":\"" + UUID.randomUUID() + "\"}");
        assertThatThrownBy(() -> FidelityApp.record(RESULT + "Accepted", job, null))
                .isInstanceOf(InvocationTargetException.class)
                .cause().hasMessageContaining("Retry-After");
    }

    @Test
    void aResponseWithoutBodyAnswersOnlyItsStatus() throws Exception {
        answering(FidelityApp.record(RESULT + "NoContent"))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
    }

    @Test
    void aDeclaredErrorAnswersTheContractsOwnErrorBody() throws Exception {
        Object missing = FidelityApp.json("NotFoundError", "{\"code\":\"no-pet\",\"missing\":1}");
        JsonNode error = body(answering(FidelityApp.record(RESULT + "NotFound", missing))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/json")));
        assertThat(error.path("code").asString()).isEqualTo("no-pet");
        assertThat(error.path("missing").asLong()).isEqualTo(1L);
    }

    @Test
    void aStatusRangeTakesTheStatusFromTheHandlerAndItsMediaType() throws Exception {
        Object problem = FidelityApp.json("Problem", "{\"title\":\"Taken\",\"status\":409}");
        JsonNode answer = body(answering(FidelityApp.record(RESULT + "Status4XX", 409, problem))
                .perform(put("/api/pets/1/adoption"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json")));
        assertThat(answer.path("title").asString()).isEqualTo("Taken");
    }

    @Test
    void aStatusOutsideTheDeclaredRangeIsRefused() throws Exception {
        Object problem = FidelityApp.json("Problem", "{\"title\":\"Fine\"}");
        assertThatThrownBy(() -> FidelityApp.record(RESULT + "Status4XX", 200, problem))
                .isInstanceOf(InvocationTargetException.class)
                .cause().hasMessageContaining("4XX");
    }

    @Test
    void aSingleSuccessWithAHeaderIsTypedToo() throws Exception {
        Object ok = FidelityApp.record("api.PetsHandler$ListPetsResult$Ok", List.of(cat()), 41L);
        JsonNode pets = body(answering(ok).perform(get("/api/pets"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "41")));
        assertThat(pets.path(0).path("name").asString()).isEqualTo("Tom");
    }

    @Test
    void operationsWithOneWayToAnswerKeepTheirPlainSignature() throws Exception {
        Class<?> handler = FidelityApp.type("api.PetsHandler");
        assertThat(handler.getMethod("getPet", Long.class).getReturnType()).isEqualTo(FidelityApp.type("model.Pet"));
    }
}
