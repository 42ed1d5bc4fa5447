package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A contract's default value as the JSON text a generated default carries: what Jackson's mapper writes. */
class JsonTextTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"active", "", "say \"hi\"", "back\\slash", "a/b </script>", "tab\tline\nreturn\r",
        "bell\u0007 escape\u001b delete\u007f", "café ☕ 😀", "line\u2028separator", "nul\u0000"})
    void aStringIsWrittenAsJacksonWritesIt(String text) throws JsonProcessingException {
        assertThat(JsonText.json(text)).contains(JACKSON.writeValueAsString(text));
    }

    @Test
    void numbersBooleansListsAndMapsAreJson() {
        assertThat(JsonText.json(new java.math.BigDecimal("1E+3"))).contains("1000");
        assertThat(JsonText.json(true)).contains("true");
        assertThat(JsonText.json(List.of("a", 2))).contains("[\"a\",2]");
        assertThat(JsonText.json(Map.of("k", "v\""))).contains("{\"k\":\"v\\\"\"}");
    }
}
