package dev.keel.core.openapi;

import io.swagger.v3.parser.util.DeserializationUtils;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.TypeDescription;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads the contract's YAML before swagger-parser sees it, so that a syntax error is reported with its line and
 * column, and a key written twice in one mapping (which a parser would silently resolve by keeping the last) is an
 * error. The node tree it composes serves {@link SourceLocator} too; a text that does not compose is read again as
 * a stream of events, which place the error in the document.
 */
final class YamlCheck {

    private YamlCheck() {
    }

    /**
     * Composes the text's node tree once, reports every key written twice, and hands the tree to {@code locator},
     * which would otherwise compose it again for the first warning's line. The tree is composed with swagger-parser's
     * resolver, so the same nodes also give swagger-parser's tree ({@link SwaggerYamlTree}) unless the text uses what
     * swagger-parser limits (aliases, merge keys, depth, length), which it then reads itself. A text the composer
     * rejects is checked again as events, which tell where the error is.
     */
    static JsonCheck.Reading read(String text, SpecProblems problems, SourceLocator locator) {
        Node root;
        try {
            // As Yaml.compose does, without a Yaml and its constructor: SnakeYAML's constructor classes start
            // java.util.logging in their static set-up, which the main thread does meanwhile (prepareConstructor).
            LoaderOptions options = SourceLocator.loaderOptions();
            root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                    new DeserializationUtils.CustomResolver(), options).getSingleNode();
        } catch (YAMLException e) {
            return JsonCheck.Reading.of(check(text, problems));
        }
        locator.useComposed(root);
        if (root == null) {
            return JsonCheck.Reading.of(true);
        }
        Walk walk = new Walk(problems);
        walk.node(root, Location.ROOT, 1);
        if (!walk.unique) {
            return JsonCheck.Reading.of(true);
        }
        DeserializationUtils.Options limits = SwaggerYamlLimits.LIMITS;
        boolean withinLimits = !walk.aliased && !walk.merged && walk.depth < limits.getMaxYamlDepth()
                && text.length() < limits.getMaxYamlCodePoints();
        return new JsonCheck.Reading(true, withinLimits ? SwaggerYamlTree.of(root).orElse(null) : null);
    }

    /**
     * Initializes SnakeYAML's {@code TypeDescription}, which the tree's constructor needs: its static logger starts
     * the JDK's {@code System.Logger} and {@code java.util.logging}, some 20 ms of a short run. Called by the main
     * thread while the check composes, so that the check does not wait for it.
     */
    static void prepareConstructor() {
        // Class.forName rather than Lookup.ensureInitialized, whose first call sets up method handles (about 10 ms).
        try {
            Class.forName(TypeDescription.class.getName(), true, TypeDescription.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("SnakeYAML's TypeDescription is on the class path", e);
        }
    }

    /**
     * Walks the tree in document order, each node once: an alias is the node its anchor names, already walked
     * where the anchor stands (as the event stream has it). Reports each key written twice.
     */
    private static final class Walk {
        private final Set<Node> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
        private final SpecProblems problems;
        private boolean unique = true;
        private boolean aliased;
        private boolean merged;
        private int depth;

        Walk(SpecProblems problems) {
            this.problems = problems;
        }

        void node(Node node, Location at, int level) {
            // Only a node with an anchor can be met again, through an alias.
            if (node.getAnchor() != null && !anchored.add(node)) {
                aliased = true;
                return;
            }
            depth = Math.max(depth, level);
            if (node instanceof MappingNode mapping) {
                mapping(mapping, at, level);
            } else if (node instanceof SequenceNode sequence) {
                List<Node> elements = sequence.getValue();
                for (int i = 0; i < elements.size(); i++) {
                    node(elements.get(i), at.element(i), level + 1);
                }
            }
        }

        private void mapping(MappingNode mapping, Location at, int level) {
            Set<String> keys = new HashSet<>();
            Location under = at;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode scalar) {
                    String key = scalar.getValue();
                    under = key.isEmpty() ? at : at.key(key);
                    merged |= scalar.getTag().equals(Tag.MERGE);
                    if (!key.equals("<<") && !keys.add(key)) {
                        unique = false;
                        problems.errorAtLine(scalar.getStartMark().getLine() + 1, at.key(key).pointer(),
                                "Duplicate key '" + key + "': a parser would keep only the last one");
                    }
                } else {
                    node(tuple.getKeyNode(), under, level + 1);
                }
                node(tuple.getValueNode(), under, level + 1);
            }
        }
    }

    /**
     * Where a node is, as a link to its parent's place: the walk meets every node, and a pointer (a copied list of
     * segments) is built only for a key written twice.
     */
    private record Location(Location parent, String key, int index) {

        static final Location ROOT = new Location(null, null, -1);

        Location key(String name) {
            return new Location(this, name, -1);
        }

        Location element(int position) {
            return new Location(this, null, position);
        }

        JsonPointer pointer() {
            Deque<Location> chain = new ArrayDeque<>();
            for (Location at = this; at.parent != null; at = at.parent) {
                chain.push(at);
            }
            JsonPointer pointer = JsonPointer.ROOT;
            for (Location at : chain) {
                pointer = at.key != null ? pointer.child(at.key) : pointer.child(at.index);
            }
            return pointer;
        }
    }

    /** @return false when the text is not well-formed YAML and reading must stop */
    static boolean check(String text, SpecProblems problems) {
        Deque<Frame> frames = new ArrayDeque<>();
        try {
            for (Event event : new Yaml(SourceLocator.loaderOptions()).parse(new StringReader(text))) {
                onEvent(event, frames, problems);
            }
            return true;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String where = mark == null ? "" : " at column " + (mark.getColumn() + 1);
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.errorAtLine(mark == null ? 0 : mark.getLine() + 1, pointerOf(frames),
                    "The contract is not valid YAML" + where + ": " + problem + context);
            return false;
        } catch (YAMLException e) {
            problems.errorAtLine(0, JsonPointer.ROOT, "The contract is not valid YAML: " + e.getMessage());
            return false;
        }
    }

    /** One open mapping or sequence: the keys seen so far, or the index of the current element. */
    private static final class Frame {
        final boolean mapping;
        final Set<String> keys = new HashSet<>();
        boolean expectKey = true;
        String key = "";
        int index = -1;

        Frame(boolean mapping) {
            this.mapping = mapping;
        }
    }

    private static void onEvent(Event event, Deque<Frame> frames, SpecProblems problems) {
        Frame parent = frames.peek();
        if (parent != null && parent.mapping && parent.expectKey && event instanceof ScalarEvent scalar) {
            onKey(scalar, parent, frames, problems);
            return;
        }
        if (parent != null && !parent.mapping && isNodeStart(event)) {
            parent.index++;
        }
        if (event instanceof MappingStartEvent) {
            frames.push(new Frame(true));
        } else if (event instanceof SequenceStartEvent) {
            frames.push(new Frame(false));
        } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
            frames.pop();
            valueDone(frames.peek());
        } else if (isNodeStart(event)) {
            valueDone(parent);
        }
    }

    private static void onKey(ScalarEvent scalar, Frame mapping, Deque<Frame> frames, SpecProblems problems) {
        mapping.key = scalar.getValue();
        mapping.expectKey = false;
        if (!mapping.key.equals("<<") && !mapping.keys.add(mapping.key)) {
            problems.errorAtLine(scalar.getStartMark().getLine() + 1, pointerOf(frames),
                    "Duplicate key '" + mapping.key + "': a parser would keep only the last one");
        }
    }

    private static boolean isNodeStart(Event event) {
        return event instanceof ScalarEvent || event instanceof MappingStartEvent
                || event instanceof SequenceStartEvent || event.is(Event.ID.Alias);
    }

    private static void valueDone(Frame frame) {
        if (frame != null && frame.mapping) {
            frame.expectKey = true;
        }
    }

    private static JsonPointer pointerOf(Deque<Frame> frames) {
        JsonPointer pointer = JsonPointer.ROOT;
        for (var it = frames.descendingIterator(); it.hasNext(); ) {
            Frame frame = it.next();
            if (frame.mapping && !frame.key.isEmpty()) {
                pointer = pointer.child(frame.key);
            } else if (!frame.mapping && frame.index >= 0) {
                pointer = pointer.child(frame.index);
            }
        }
        return pointer;
    }
}
