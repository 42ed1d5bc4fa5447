package dev.keel.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The fidelity contract's {@code search} takes {@code filter} as a deepObject: {@code filter[owner]=ann&...} is
 * bound field by field into its record under the wire names, converted and validated.
 */
class DeepObjectTest {

    private final AtomicReference<Object[]> received = new AtomicReference<>();

    private MockMvc search() throws Exception {
        return FidelityApp.serve("Rest", (proxy, method, args) -> {
            received.set(args);
            return null;
        });
    }

    private Object filterField(String name) throws Exception {
        Object filter = received.get()[0];
        return filter.getClass().getMethod(name).invoke(filter);
    }

    @Test
    void eachFieldIsBoundUnderItsWireName() throws Exception {
        search().perform(get("/api/search").queryParam("filter[owner]", "ann").queryParam("filter[min_age]", "3")
                        .queryParam("filter[kind]", "dog").queryParam("filter[born_after]", "2020-02-29")
                        .queryParam("sort", "-name"))
                .andExpect(status().isOk());

        assertThat(filterField("owner")).isEqualTo("ann");
        assertThat(filterField("minAge")).isEqualTo(3);
        assertThat(filterField("kind")).hasToString("dog");
        assertThat(filterField("bornAfter")).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(filterField("status")).isNull();
        assertThat(received.get()[1]).hasToString("-name");
    }

    @Test
    void withoutAnyFieldTheOptionalObjectIsNull() throws Exception {
        search().perform(get("/api/search").queryParam("filter", "ignored").queryParam("other[owner]", "x"))
                .andExpect(status().isOk());
        assertThat(received.get()[0]).isNull();
    }

    @Test
    void aFieldBreakingItsConstraintIsRefusedNamingIt() throws Exception {
        String problem = search().perform(get("/api/search").queryParam("filter[min_age]", "-1"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("min_age").contains("must be at least 0");
        assertThat(received.get()).isNull();
    }

    @Test
    void aFieldThatDoesNotConvertIsRefused() throws Exception {
        search().perform(get("/api/search").queryParam("filter[min_age]", "three"))
                .andExpect(status().isBadRequest());
        search().perform(get("/api/search").queryParam("filter[kind]", "fish"))
                .andExpect(status().isBadRequest());
        assertThat(received.get()).isNull();
    }
}
