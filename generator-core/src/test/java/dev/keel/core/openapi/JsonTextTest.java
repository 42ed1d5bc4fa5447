package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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

    static Stream<Object> listsMapsAndTrees() throws JsonProcessingException {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("z", List.of());
        nested.put("a", Arrays.asList(null, 1.5, -0.0, 1e300, 3.0f, Double.NaN, Float.NEGATIVE_INFINITY));
        nested.put("big", List.of(new BigDecimal("1E+3"), new BigDecimal("0.000001"), new BigInteger("123456789012345678901")));
        nested.put("small", List.of((short) 7, (byte) -1, Long.MIN_VALUE, Integer.MAX_VALUE));
        nested.put("text", "say \"hi\"\n\u2028 café");
        nested.put("empty", Map.of());
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        tree.put("decimal", new BigDecimal("1.50")).put("double", 2.5).put("long", 1L << 40).put("flag", false)
                .put("float", 0.1f).putNull("nothing").put("text", "tab\t");
        tree.putArray("list").add(1).add("b").addArray();
        tree.putObject("inner").put("k", new BigInteger("99999999999999999999"));
        JsonNode parsed = JACKSON.readTree("{\"a\":[1,2.25,1e400,-3E-2,{\"b\":null}],\"c\":\"\\u0001\"}");
        return Stream.of(List.of("a", 2), List.of(List.of(), List.of(List.of(true))), nested, tree, parsed,
                new ArrayList<>(List.of(tree, nested)), JsonNodeFactory.instance.arrayNode(),
                Map.of("when", new Date(0)), List.of(new Date(86_400_000L)), Map.of(1, "numeric key"));
    }

    @ParameterizedTest
    @MethodSource("listsMapsAndTrees")
    void listsMapsAndTreesAreWrittenAsJacksonWritesThem(Object value) throws JsonProcessingException {
        assertThat(JsonText.json(value)).contains(JACKSON.writeValueAsString(value));
    }

    @Test
    void aTreeParameterIsItsJsonAndATextParameterItsText() {
        ObjectNode tree = JsonNodeFactory.instance.objectNode().put("a", 1);
        assertThat(JsonText.parameter(tree)).contains("{\"a\":1}");
        assertThat(JsonText.parameter(JsonNodeFactory.instance.textNode("x y"))).contains("x y");
    }
}
