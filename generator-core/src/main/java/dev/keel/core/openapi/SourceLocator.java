package dev.keel.core.openapi;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Maps a JSON pointer to the line it starts on, from SnakeYAML's node tree and its marks. The tree is composed
 * on the first question only: most runs report nothing, and a large contract (several MB) costs real time.
 */
final class SourceLocator {

    private final String text;
    private volatile Node root;
    private volatile boolean composed;

    SourceLocator(String text) {
        this.text = text;
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        options.setNestingDepthLimit(1000);
        return options;
    }

    /**
     * The 1-based line of the entry at {@code pointer} (its key, for a mapping entry); for a pointer that does
     * not exist in this file, the line of its deepest existing ancestor; 0 when the text has no tree at all.
     */
    int lineOf(JsonPointer pointer) {
        Node node = root();
        if (node == null) {
            return 0;
        }
        int line = node.getStartMark().getLine() + 1;
        for (String segment : pointer.segments()) {
            Optional<Entry> entry = entry(node, segment);
            if (entry.isEmpty()) {
                return line;
            }
            node = entry.get().value();
            line = entry.get().line();
        }
        return line;
    }

    /**
     * Turns swagger-parser's location tokens ({@code components}, {@code schemas}, {@code my.schema},
     * {@code [limit]}) into a pointer, matching keys that themselves contain dots and parameters given by name.
     * Tokens past the last one found are kept as they are when {@code keepUnmatched}, e.g. the name of an
     * attribute that is missing.
     */
    JsonPointer pointerOf(List<String> tokens, boolean keepUnmatched) {
        List<String> segments = new ArrayList<>();
        Node node = root();
        int next = 0;
        while (next < tokens.size() && node != null) {
            Match match = match(node, tokens, next);
            if (match == null) {
                break;
            }
            segments.add(match.segment());
            node = match.entry().value();
            next = match.nextToken();
        }
        if (keepUnmatched) {
            segments.addAll(tokens.subList(next, tokens.size()));
        }
        return new JsonPointer(segments);
    }

    /** The tree the syntax check composed from the same text, kept for the lines asked for later. */
    void useComposed(Node composedRoot) {
        root = composedRoot;
        composed = true;
    }

    /** Whether the tree has been built: only once a line was asked for, or handed over. */
    boolean isComposed() {
        return composed;
    }

    private Node root() {
        if (!composed) {
            composed = true;
            try {
                root = JsonCheck.isJson(text) ? JsonNodes.compose(text) : null;
                if (root == null) {
                    root = new Yaml(loaderOptions()).compose(new StringReader(text));
                }
            } catch (RuntimeException unreadable) {
                root = null; // the syntax check has reported it; lines stay unknown
            }
        }
        return root;
    }

    private record Entry(Node value, int line) {
    }

    private record Match(String segment, Entry entry, int nextToken) {
    }

    private static Match match(Node node, List<String> tokens, int from) {
        if (node instanceof SequenceNode) {
            String token = tokens.get(from);
            if (token.startsWith("[") && token.endsWith("]")) {
                return elementNamed((SequenceNode) node, token.substring(1, token.length() - 1), from);
            }
        }
        for (int end = tokens.size(); end > from; end--) {
            String key = String.join(".", tokens.subList(from, end));
            Optional<Entry> entry = entry(node, key);
            if (entry.isPresent()) {
                return new Match(key, entry.get(), end);
            }
        }
        return null;
    }

    /** swagger-parser names a parameter in a list by its {@code name}: {@code parameters.[limit]}. */
    private static Match elementNamed(SequenceNode sequence, String name, int token) {
        List<Node> elements = sequence.getValue();
        for (int i = 0; i < elements.size(); i++) {
            Optional<Entry> nameEntry = entry(elements.get(i), "name");
            if (nameEntry.isPresent() && nameEntry.get().value() instanceof ScalarNode scalar
                    && scalar.getValue().equals(name)) {
                Node element = elements.get(i);
                return new Match(Integer.toString(i), new Entry(element, element.getStartMark().getLine() + 1),
                        token + 1);
            }
        }
        return null;
    }

    private static Optional<Entry> entry(Node node, String segment) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment)) {
                    return Optional.of(new Entry(tuple.getValueNode(), key.getStartMark().getLine() + 1));
                }
            }
            return Optional.empty();
        }
        if (node instanceof SequenceNode sequence && segment.matches("\\d{1,9}")) {
            int index = Integer.parseInt(segment);
            if (index < sequence.getValue().size()) {
                Node element = sequence.getValue().get(index);
                return Optional.of(new Entry(element, element.getStartMark().getLine() + 1));
            }
        }
        return Optional.empty();
    }
}
