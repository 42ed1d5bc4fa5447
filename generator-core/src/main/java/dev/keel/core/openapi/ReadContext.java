package dev.keel.core.openapi;

import dev.keel.core.naming.NamingStrategy;
import dev.keel.core.naming.UniqueNames;
import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the parts of the reader share for one contract: the parsed document, where problems go, the naming
 * strategy and the type names handed out so far, and the {@code $ref}s found unresolvable.
 */
final class ReadContext {

    private static final int MAX_REF_CHAIN = 20;

    final OpenAPI api;
    final SpecProblems problems;
    final NamingStrategy naming;
    /** Java names of generated types, unique ignoring case; {@code Controller}/{@code Handler} names reserved. */
    final UniqueNames typeNames = UniqueNames.ignoringCase();

    private final Path specDirectory;
    private final Set<String> unresolvedRefs = new LinkedHashSet<>();
    private final List<JsonPointer> xmlUses = new ArrayList<>();

    ReadContext(OpenAPI api, SpecProblems problems, NamingStrategy naming, Path specDirectory) {
        this.api = api;
        this.problems = problems;
        this.naming = naming;
        this.specDirectory = specDirectory;
    }

    /** A component reached through a {@code $ref}, with where it is declared. */
    record Component<T>(String name, T value, JsonPointer pointer) {
    }

    /** The name of the component {@code #/components/<section>/<name>} a {@code $ref} points to. */
    Optional<String> componentName(String ref, String section) {
        String prefix = "#/components/" + section + "/";
        if (!ref.startsWith(prefix) || ref.indexOf('/', prefix.length()) >= 0) {
            return Optional.empty();
        }
        return Optional.of(JsonPointer.parse("/" + ref.substring(prefix.length())).segments().get(0));
    }

    /**
     * Follows a {@code $ref} (and a chain of them) into {@code components.<section>}; reports it as an error at
     * {@code at} when it leads nowhere.
     *
     * @param refOf the {@code $ref} of a component value, {@code null} when it is not a reference
     */
    <T> Optional<Component<T>> follow(String ref, JsonPointer at, String section, Map<String, T> components,
            Function<T, String> refOf) {
        String current = ref;
        JsonPointer from = at;
        for (int step = 0; step < MAX_REF_CHAIN; step++) {
            Optional<String> name = componentName(current, section);
            T value = name.isPresent() && components != null ? components.get(name.get()) : null;
            if (value == null) {
                reportUnresolved(current, from, section);
                return Optional.empty();
            }
            JsonPointer pointer = JsonPointer.of("components", section, name.get());
            String next = refOf.apply(value);
            if (next == null) {
                return Optional.of(new Component<>(name.get(), value, pointer));
            }
            current = next;
            from = pointer.child("$ref");
        }
        problems.error(at, "The $ref '" + ref + "' starts a chain of references that never ends");
        return Optional.empty();
    }

    /** Reports a {@code $ref} that names no component or file; {@code at} is the {@code $ref} entry. */
    void reportUnresolved(String ref, JsonPointer at, String section) {
        unresolvedRefs.add(ref);
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        if (!file.isEmpty() && !fileExists(file)) {
            problems.error(at, "The $ref '" + ref + "' points to the file '" + file + "', which does not exist");
        } else if (!file.isEmpty()) {
            problems.error(at, "The $ref '" + ref + "' cannot be resolved: '" + file + "' has nothing at '"
                    + (hash < 0 ? "" : ref.substring(hash + 1)) + "'");
        } else if (ref.startsWith("#/components/" + section + "/")) {
            problems.error(at, "The $ref '" + ref + "' points to a component that does not exist: components."
                    + section + " has no '" + ref.substring(ref.lastIndexOf('/') + 1) + "'");
        } else {
            problems.error(at, "The $ref '" + ref + "' cannot be followed: Keel expects #/components/" + section
                    + "/<name> here");
        }
    }

    private boolean fileExists(String file) {
        if (file.contains("://")) {
            return true; // a URL: swagger-parser's own message says whether it loaded
        }
        try {
            return Files.exists(specDirectory.resolve(file));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    Set<String> unresolvedRefs() {
        return unresolvedRefs;
    }

    void noteXml(JsonPointer at) {
        xmlUses.add(at);
    }

    /** One warning for all {@code xml} mappings, at the first: petstore-style contracts have one per schema. */
    void reportXml() {
        if (!xmlUses.isEmpty()) {
            int more = xmlUses.size() - 1;
            problems.warning(xmlUses.get(0).child("xml"), "Keel reads and writes JSON only; the xml mapping here"
                    + (more > 0 ? " and " + more + " more" : "") + " is ignored");
        }
    }
}
