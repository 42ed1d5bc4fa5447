package dev.keel.core.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node tree SnakeYAML would compose from a JSON text, with the same start lines, built from Jackson's
 * streaming parser: several times faster on a multi-megabyte contract, whose lines are needed for any warning.
 * Only what {@link SourceLocator} reads is filled in: keys, scalar texts, and start marks.
 */
final class JsonNodes {

    private static final int[] NO_BUFFER = new int[0];

    private JsonNodes() {
    }

    /** The tree, or null when Jackson cannot read the text (the caller then falls back to SnakeYAML). */
    static Node compose(String text) {
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : node(parser, first);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Node node(JsonParser parser, JsonToken token) throws IOException {
        Mark start = mark(parser);
        if (token == JsonToken.START_OBJECT) {
            List<NodeTuple> entries = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                Node key = new ScalarNode(Tag.STR, parser.currentName(), mark(parser), null,
                        DumperOptions.ScalarStyle.DOUBLE_QUOTED);
                entries.add(new NodeTuple(key, node(parser, parser.nextToken())));
            }
            return new MappingNode(Tag.MAP, true, entries, start, null, DumperOptions.FlowStyle.FLOW);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> elements = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                elements.add(node(parser, next));
            }
            return new SequenceNode(Tag.SEQ, true, elements, start, null, DumperOptions.FlowStyle.FLOW);
        }
        return new ScalarNode(Tag.STR, true, parser.getText(), start, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Mark mark(JsonParser parser) {
        int line = parser.currentTokenLocation().getLineNr() - 1; // SnakeYAML counts from 0
        return new Mark("json", 0, line, 0, NO_BUFFER, 0);
    }
}
