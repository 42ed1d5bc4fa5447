package dev.keel.core.openapi;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The tree swagger-parser reads a YAML contract into, made from the node tree the syntax check composed, so the text
 * is parsed once. swagger-parser constructs Java values with SnakeYAML's safe constructor (the same is done here,
 * from the same nodes), then writes them as JSON text with a plain Jackson mapper and reads that text back as a
 * tree; the conversion below gives the nodes that round trip gives, value by value. A value it does not know, or a
 * failure, leaves the tree to swagger-parser.
 */
final class SwaggerYamlTree {

    private SwaggerYamlTree() {
    }

    /** The tree of {@code root}, composed with swagger-parser's resolver; empty when swagger-parser must read it. */
    static Optional<JsonNode> of(Node root) {
        try {
            return Optional.ofNullable(node(new ValueConstructor(SwaggerYamlLimits.loaderOptions()), root));
        } catch (RuntimeException unlike) {
            return Optional.empty();
        }
    }

    /**
     * A plain mapping or sequence becomes an object or array node here, directly; scalars and anything tagged
     * otherwise are constructed by SnakeYAML first, as swagger-parser has them. The Java maps and lists the
     * constructor would build in between, only to be walked again, are not made (Twilio's contract: 24 to 12 ms).
     */
    private static JsonNode node(ValueConstructor values, Node node) {
        if (node instanceof MappingNode mapping && mapping.getTag().equals(Tag.MAP)) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                putOnce(object, key(values.value(tuple.getKeyNode())), node(values, tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence && sequence.getTag().equals(Tag.SEQ)) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Node element : sequence.getValue()) {
                array.add(node(values, element));
            }
            return array;
        }
        return tree(values.value(node));
    }

    /**
     * SnakeYAML's safe constructor on an already composed tree, configured as SnakeYAML's {@code Yaml} configures
     * the one swagger-parser loads with (whose loader options refuse a key that is constructed twice).
     */
    private static final class ValueConstructor extends SafeConstructor {

        ValueConstructor(LoaderOptions options) {
            super(options);
            setAllowDuplicateKeys(options.isAllowDuplicateKeys());
            setWrappedToRootException(options.isWrappedToRootException());
        }

        /** The value of one node: a scalar by its tag's constructor, anything else as a document of its own. */
        Object value(Node node) {
            return node instanceof ScalarNode ? getConstructor(node).construct(node) : constructDocument(node);
        }
    }

    private static JsonNode tree(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof String text) {
            return nodes.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return integral(new BigInteger(value.toString()));
        }
        if (value instanceof Double number) {
            // Jackson writes NaN and the infinities as quoted strings.
            return number.isNaN() || number.isInfinite() ? nodes.textNode(number.toString())
                    : nodes.numberNode(number.doubleValue());
        }
        if (value instanceof byte[] bytes) {
            return nodes.textNode(Base64Variants.getDefaultVariant().encode(bytes));
        }
        if (value instanceof Date date) {
            return integral(BigInteger.valueOf(date.getTime()));
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                putOnce(object, key(entry.getKey()), tree(entry.getValue()));
            }
            return object;
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = nodes.arrayNode();
            collection.forEach(element -> array.add(tree(element)));
            return array;
        }
        throw new IllegalArgumentException("no tree for " + value.getClass());
    }

    /** Two keys that Jackson would write as the same text are left to swagger-parser, which keeps the last. */
    private static void putOnce(ObjectNode object, String key, JsonNode value) {
        if (object.has(key)) {
            throw new IllegalArgumentException("two keys written as " + key);
        }
        object.set(key, value);
    }

    /** As Jackson reads an integer written as text: the smallest of int, long and big integer it fits in. */
    private static JsonNode integral(BigInteger number) {
        if (number.bitLength() < Integer.SIZE) {
            return JsonNodeFactory.instance.numberNode(number.intValue());
        }
        if (number.bitLength() < Long.SIZE) {
            return JsonNodeFactory.instance.numberNode(number.longValue());
        }
        return JsonNodeFactory.instance.numberNode(number);
    }

    /** A map key as Jackson writes it: the text of a string, number or boolean; other keys are left to it. */
    private static String key(Object key) {
        if (key instanceof String text) {
            return text;
        }
        if (key instanceof Number || key instanceof Boolean) {
            if (key instanceof Double number && (number.isNaN() || number.isInfinite())) {
                throw new IllegalArgumentException("a non-finite key");
            }
            return key.toString();
        }
        throw new IllegalArgumentException("no key for " + (key == null ? "null" : key.getClass()));
    }
}
