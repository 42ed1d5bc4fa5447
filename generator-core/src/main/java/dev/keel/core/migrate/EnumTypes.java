package dev.keel.core.migrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL enum types of a schema, each {@code CREATE TYPE ... AS ENUM} statement as the DDL writes it.
 * jOOQ's interpreted meta does not keep enum types, so its diff never creates one; Keel adds the statement of
 * each new type itself.
 */
record EnumTypes(Map<String, String> statementsByName) {

    private static final Pattern CREATE_ENUM = Pattern.compile(
            "^CREATE\\s+TYPE\\s+((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)\\s+AS\\s+ENUM\\b",
            Pattern.CASE_INSENSITIVE);

    EnumTypes {
        statementsByName = Map.copyOf(statementsByName);
    }

    /** The enum types among statements Keel applied, in their order. */
    static EnumTypes of(List<String> statements) {
        Map<String, String> types = new LinkedHashMap<>();
        for (String statement : statements) {
            Matcher matcher = CREATE_ENUM.matcher(statement.strip());
            if (matcher.find()) {
                types.put(matcher.group(1).replace("\"", "").toLowerCase(Locale.ROOT), statement.strip());
            }
        }
        return new EnumTypes(types);
    }

    /** The statements in name order, so that a schema's text does not depend on a map's order. */
    List<String> statements() {
        return statementsByName.keySet().stream().sorted().map(statementsByName::get).toList();
    }

    /** The names of the types this schema has and {@code previous} has not, sorted. */
    List<String> createdSince(EnumTypes previous) {
        List<String> created = new ArrayList<>();
        for (String name : statementsByName.keySet().stream().sorted().toList()) {
            if (!previous.statementsByName.containsKey(name)) {
                created.add(name);
            }
        }
        return created;
    }

    String statement(String name) {
        return statementsByName.get(name);
    }

    /** The names of the types both have but declare differently, e.g. with a value added. */
    List<String> changedSince(EnumTypes previous) {
        return statementsByName.keySet().stream().sorted()
                .filter(name -> previous.statementsByName.containsKey(name)
                        && !flat(previous.statementsByName.get(name)).equals(flat(statementsByName.get(name))))
                .toList();
    }

    private static String flat(String statement) {
        return statement.replaceAll("\\s+", " ").trim();
    }
}
