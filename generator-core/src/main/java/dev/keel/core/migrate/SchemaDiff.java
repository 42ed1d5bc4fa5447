package dev.keel.core.migrate;

import dev.keel.core.migrate.NamedSchema.NamedForeignKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Meta;
import org.jooq.Query;

/**
 * The steps from one schema to another, in an order a database can apply: new enum types, foreign keys that go or
 * change, jOOQ's diff of the tables ({@link Meta#migrateTo}: columns, keys, checks, indexes, tables), then
 * foreign keys that come or change. Destructive steps are kept and marked; unless they are allowed, the schema
 * the later steps see is the one without them.
 */
final class SchemaDiff {

    private static final Pattern DO_BLOCK = Pattern.compile("DO \\$\\$\\s*BEGIN\\s+(.*?)\\s*END\\s*\\$\\$", Pattern.DOTALL);

    private static final int MAX_ROUNDS = 3;

    private final SqlRenderer renderer;
    private final boolean allowDestructive;

    /** @param allowDestructive whether steps that destroy data are applied; otherwise they are left out */
    SchemaDiff(SqlRenderer renderer, boolean allowDestructive) {
        this.renderer = renderer;
        this.allowDestructive = allowDestructive;
    }

    List<MigrationStep> steps(NamedSchema previous, NamedSchema desired) {
        List<MigrationStep> steps = new ArrayList<>();
        for (String type : desired.enumTypes().createdSince(previous.enumTypes())) {
            steps.add(new MigrationStep(desired.enumTypes().statement(type),
                    new StepEffect("create_type_" + type, type, Optional.empty())));
        }
        for (NamedForeignKey key : previous.foreignKeys().values()) {
            if (desired.tables().containsKey(key.table()) && !unchanged(key, desired.foreignKeys())) {
                steps.add(foreignKeyStep(key.drop(), key));
            }
        }
        steps.addAll(tableSteps(previous.meta(), desired.meta()));
        for (NamedForeignKey key : desired.foreignKeys().values()) {
            if (!unchanged(key, previous.foreignKeys())) {
                steps.add(foreignKeyStep(key.add(), key));
            }
        }
        return steps;
    }

    /**
     * jOOQ's diff as statements, each classified by what it changes when applied to the schema so far, so that
     * the schema is what the written file creates: a destructive step left out
     * is not applied (a later step that repeats it is left out too), and a statement that changes nothing or
     * repeats an earlier one is dropped. jOOQ renders a PostgreSQL type and nullability change as one {@code DO}
     * block; Keel writes (and parses back and applies) its statements one by one, since the DDL reader, and so
     * the next plan, reads no blocks.
     *
     * <p>jOOQ's interpreter, unlike PostgreSQL, forgets a column's default when its type changes; when the
     * schema so far still differs from the desired one, the difference is diffed again, a few rounds at most.
     */
    private List<MigrationStep> tableSteps(Meta previous, Meta desired) {
        List<MigrationStep> steps = new ArrayList<>();
        Set<String> written = new HashSet<>();
        Meta state = previous;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean applied = false;
            for (Query query : state.migrateTo(desired)) {
                List<String> sqls = statements(renderer.render(query));
                for (String sql : sqls) {
                    if (!written.add(sql)) {
                        continue;
                    }
                    Query part = sqls.size() == 1 ? query : state.configuration().dsl().parser().parseQuery(sql);
                    Meta next = state.apply(part);
                    if (next.migrateTo(state).queries().length == 0) {
                        continue;
                    }
                    MigrationStep step = new MigrationStep(sql, StepEffect.of(state, next));
                    steps.add(step);
                    if (allowDestructive || !step.destructive()) {
                        state = next;
                        applied = true;
                    }
                }
            }
            if (!applied) {
                break;
            }
        }
        return steps;
    }

    /** The statements of a rendered query: one, or those of a {@code DO $$ BEGIN ... END $$} block. */
    static List<String> statements(String sql) {
        Matcher block = DO_BLOCK.matcher(sql);
        if (!block.matches()) {
            return List.of(sql);
        }
        List<String> statements = new ArrayList<>();
        for (String statement : block.group(1).split(";\\s*\\n")) {
            String text = statement.strip();
            statements.add(text.endsWith(";") ? text.substring(0, text.length() - 1) : text);
        }
        return statements;
    }

    /** Whether the other schema has the same foreign key, by name, columns, referenced columns and action. */
    private static boolean unchanged(NamedForeignKey key, Map<String, NamedForeignKey> other) {
        NamedForeignKey same = other.get(key.table() + "." + key.key().name());
        return same != null && same.key().equals(key.key());
    }

    private MigrationStep foreignKeyStep(Query query, NamedForeignKey key) {
        String table = key.table().substring(key.table().indexOf('.') + 1);
        return new MigrationStep(renderer.render(query), new StepEffect("alter_" + table, table, Optional.empty()));
    }
}
