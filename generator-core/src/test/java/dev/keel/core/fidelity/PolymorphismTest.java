package dev.keel.core.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fidelity contract's {@code Vehicle} is a base with a discriminator that {@code Car} and {@code Bike} extend
 * through {@code allOf}: JSON is read into the variant the discriminator names and written back with it.
 * {@code MaybeShape} is a union component that admits {@code null}, so a property referring to it may be null.
 */
class PolymorphismTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Object component(Object record, String name) throws Exception {
        return record.getClass().getMethod(name).invoke(record);
    }

    @Test
    void aBaseIsReadAsTheVariantItsDiscriminatorNames() throws Exception {
        Class<?> vehicle = FidelityApp.type("model.Vehicle");
        Object car = JSON.readValue("{\"kind\":\"car\",\"name\":\"Mini\",\"doors\":3}", vehicle);
        Object bike = JSON.readValue("{\"kind\":\"Bike\",\"name\":\"Brompton\",\"gears\":6}", vehicle);

        assertThat(car.getClass()).isEqualTo(FidelityApp.type("model.Car"));
        assertThat(component(car, "doors")).isEqualTo(3);
        assertThat(bike.getClass()).isEqualTo(FidelityApp.type("model.Bike"));
        assertThat(component(bike, "gears")).isEqualTo(6);
        assertThat(vehicle.isSealed()).isTrue();
    }

    @Test
    void aVariantIsWrittenWithItsDiscriminatorAndReadBackEqual() throws Exception {
        Object car = FidelityApp.record("model.Car", null, "Mini", 3);
        String written = JSON.writeValueAsString(car);

        assertThat(JSON.readTree(written).path("kind").asString()).isEqualTo("car");
        assertThat(JSON.readValue(written, FidelityApp.type("model.Vehicle"))).isEqualTo(car);
    }

    @Test
    void anUnknownDiscriminatorValueIsRefused() throws Exception {
        String garage = "{\"vehicles\":[{\"kind\":\"boat\",\"name\":\"x\"}],\"sign\":null}";
        FidelityApp.serve("Rest", (proxy, method, args) -> args[0])
                .perform(post("/api/garages").contentType(MediaType.APPLICATION_JSON).content(garage))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRequestBodyKeepsEachVariantAndANullUnionComponent() throws Exception {
        AtomicReference<Object> received = new AtomicReference<>();
        String garage = """
                {"vehicles":[{"kind":"car","name":"Mini","doors":3},{"kind":"Bike","name":"Brompton"}],
                 "favourite":{"kind":"Bike","name":"Brompton"},"sign":null}""";
        String answer = FidelityApp.serve("Rest", (proxy, method, args) -> {
                    received.set(args[0]);
                    return args[0];
                })
                .perform(post("/api/garages").contentType(MediaType.APPLICATION_JSON).content(garage))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<?> vehicles = (List<?>) component(received.get(), "vehicles");
        assertThat(vehicles).extracting(Object::getClass)
                .containsExactly(FidelityApp.type("model.Car"), FidelityApp.type("model.Bike"));
        assertThat(component(received.get(), "sign")).isNull();
        JsonNode written = JSON.readTree(answer);
        assertThat(written.path("vehicles").path(0).path("kind").asString()).isEqualTo("car");
        assertThat(written.has("sign")).isTrue();
        assertThat(written.path("sign").isNull()).isTrue();
    }

    @Test
    void aNullableUnionComponentStillReadsItsVariants() throws Exception {
        String garage = "{\"vehicles\":[],\"sign\":{\"radius\":2.5}}";
        AtomicReference<Object> received = new AtomicReference<>();
        FidelityApp.serve("Rest", (proxy, method, args) -> {
                    received.set(args[0]);
                    return args[0];
                })
                .perform(post("/api/garages").contentType(MediaType.APPLICATION_JSON).content(garage))
                .andExpect(status().isOk());
        assertThat(component(received.get(), "sign").getClass()).isEqualTo(FidelityApp.type("model.Circle"));
    }

    @Test
    void aVariantBreakingTheBasesConstraintsIsRefused() throws Exception {
        String garage = "{\"vehicles\":[{\"kind\":\"car\",\"name\":\"Mini\",\"doors\":0}],\"sign\":null}";
        String problem = FidelityApp.serve("Rest", (proxy, method, args) -> args[0])
                .perform(post("/api/garages").contentType(MediaType.APPLICATION_JSON).content(garage))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(problem).contains("doors");
    }
}
