package dev.keel.core.migrate;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of a migration file: a header naming Keel and the DDL files, then one statement per paragraph, each
 * ending with a semicolon. Nothing in it depends on the time or the machine, so planning twice gives the same file.
 */
final class MigrationScript {

    /** PostgreSQL's {@code uuid-ossp} extension provides these functions; {@code gen_random_uuid()} is built in. */
    private static final Pattern UUID_OSSP_FUNCTION = Pattern.compile(
            "\\buuid_(?:generate_v1(?:mc)?|generate_v[345]|nil|ns_dns|ns_url|ns_oid|ns_x500)\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    static final String UUID_OSSP = "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\"";
    static final String LEFT_OUT =
            "-- keel: destructive step left out, set allowDestructiveMigrations to apply: ";
    private static final int MAX_DESCRIPTION = 60;
    private static final List<String> SUMMARY_ORDER = List.of("create_", "add_", "drop_", "alter_");

    private MigrationScript() {
    }

    static boolean usesUuidOssp(String sql) {
        return UUID_OSSP_FUNCTION.matcher(sql).find();
    }

    static String initial(List<String> ddlNames, List<String> statements, boolean uuidExtension) {
        StringBuilder text = header("V1", ddlNames)
                .append("-- The DDL's statements as written, in order; statements Keel skips (row level security,\n")
                .append("-- policies, grants, functions, extensions, data) are not part of it.\n");
        if (uuidExtension) {
            appendExtension(text);
        }
        for (String statement : statements) {
            text.append('\n').append(statement.strip()).append(";\n");
        }
        return text.toString();
    }

    static String next(MigrationVersion version, List<String> ddlNames, List<MigrationStep> steps,
            boolean allowDestructive, boolean uuidExtension) {
        StringBuilder text = header("V" + version, ddlNames)
                .append("-- The difference between the schema the migrations before this one create and the DDL.\n");
        if (uuidExtension) {
            appendExtension(text);
        }
        for (MigrationStep step : steps) {
            text.append('\n');
            if (step.destructive() && !allowDestructive) {
                text.append(LEFT_OUT).append(step.sql().replace("\n", "\n-- ")).append(";\n");
            } else {
                text.append(step.sql()).append(";\n");
            }
        }
        return text.toString();
    }

    /**
     * {@code keel_create_comments_add_projects_priority}: the first two things the steps do, new tables and
     * columns before changes, {@code _and_more} when there are more.
     */
    static String description(List<MigrationStep> applied) {
        Set<String> summaries = new LinkedHashSet<>();
        applied.forEach(step -> summaries.add(step.effect().summary()));
        List<String> first =
                summaries.stream().sorted(Comparator.comparingInt(MigrationScript::rank)).limit(2).toList();
        String description = "keel_" + String.join("_", first) + (summaries.size() > 2 ? "_and_more" : "");
        String safe = description.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]+", "_");
        return safe.length() <= MAX_DESCRIPTION ? safe : safe.substring(0, MAX_DESCRIPTION);
    }

    private static int rank(String summary) {
        for (int i = 0; i < SUMMARY_ORDER.size(); i++) {
            if (summary.startsWith(SUMMARY_ORDER.get(i))) {
                return i;
            }
        }
        return SUMMARY_ORDER.size();
    }

    private static StringBuilder header(String version, List<String> ddlNames) {
        return new StringBuilder()
                .append("-- ").append(version).append(", planned by Keel from ").append(String.join(", ", ddlNames))
                .append(".\n")
                .append("-- Keel adds a migration when the DDL changes and never edits one it has written.\n");
    }

    private static void appendExtension(StringBuilder text) {
        text.append("\n-- uuid_generate_v4() and its kin come from this extension.\n").append(UUID_OSSP).append(";\n");
    }
}
