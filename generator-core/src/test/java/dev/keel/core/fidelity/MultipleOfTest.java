package dev.keel.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code multipleOf} of the fidelity contract's {@code Order} and {@code placeOrder}: integers, decimals, doubles,
 * array items and a query parameter that are not a whole multiple are refused with 400 naming the value and the
 * factor; multiples reach the handler.
 */
class MultipleOfTest {

    private final AtomicReference<Object[]> received = new AtomicReference<>();

    private MockMvc orders() throws Exception {
        return FidelityApp.serve("Rest", (proxy, method, args) -> {
            received.set(args);
            return args[1];
        });
    }

    private String placed(String query, String order, int status) throws Exception {
        return orders().perform(post("/api/orders" + query).contentType(MediaType.APPLICATION_JSON).content(order))
                .andExpect(status().is(status))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void wholeMultiplesOfEveryFactorArePlaced() throws Exception {
        placed("?batch=30", "{\"quantity\":12,\"price\":2.35,\"weight\":0.3,\"sizes\":[2,4,-6]}", 201);
        assertThat(received.get()[0]).isEqualTo(30);
    }

    @Test
    void anIntegerThatIsNoMultipleIsRefusedNamingTheFieldAndFactor() throws Exception {
        String problem = placed("", "{\"quantity\":10,\"price\":1}", 400);
        assertThat(problem).contains("quantity").contains("must be a multiple of 6");
        assertThat(received.get()).isNull();
    }

    @Test
    void aDecimalWithARemainderIsRefused() throws Exception {
        assertThat(placed("", "{\"quantity\":6,\"price\":2.33}", 400))
                .contains("price").contains("must be a multiple of 0.05");
    }

    @Test
    void aDoubleIsCheckedByItsDecimalValueAndTheContractsMessage() throws Exception {
        placed("", "{\"quantity\":6,\"price\":1,\"weight\":0.7}", 201);
        assertThat(placed("", "{\"quantity\":6,\"price\":1,\"weight\":0.75}", 400))
                .contains("weight").contains("weighs in tenths of a kilogram");
    }

    @Test
    void arrayItemsAndQueryParametersAreCheckedToo() throws Exception {
        assertThat(placed("", "{\"quantity\":6,\"price\":1,\"sizes\":[2,3]}", 400)).contains("sizes");
        assertThat(placed("?batch=15", "{\"quantity\":6,\"price\":1}", 400))
                .contains("batch").contains("must be a multiple of 10");
    }
}
