package dev.keel.core.migrate;

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
 * The steps from one schema to another, in an order a database can apply: new enum types, foreign keys and
 * indexes that go or change, jOOQ's diff of the tables ({@link Meta#migrateTo}: tables, columns, primary and
 * unique keys, checks), then indexes and foreign keys that come or change. Destructive steps are kept and
 * marked; unless they are allowed, the schema the later steps see is the one without them.
 */
final class SchemaDiff {

    private static final Pattern DO_BLOCK =
            Pattern.compile("DO \\$\\$\\s*BEGIN\\s+(.*?)\\s*END\\s*\\$\\$", Pattern.DOTALL);

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
                    new StepEffect("create_type_" + type, type, Optional.empty(), Optional.empty())));
        }
        steps.addAll(drops(previous.foreignKeys(), desired.foreignKeys(), desired, allowDestructive));
        steps.addAll(drops(previous.indexes(), desired.indexes(), desired, false));
        steps.addAll(tableSteps(previous.meta(), desired.meta()));
        steps.addAll(creates(desired.indexes(), previous.indexes()));
        steps.addAll(creates(desired.foreignKeys(), previous.foreignKeys()));
        return steps;
    }

    /**
     * Parts that go or change. Dropping a table drops its parts too; Keel still drops its foreign keys first
     * when the table goes, because jOOQ's interpreter (and so the next plan) fails to drop a table whose foreign
     * key it resolves later. A table left out keeps them.
     */
    private List<MigrationStep> drops(Map<String, NamedPart> parts, Map<String, NamedPart> wanted,
            NamedSchema desired, boolean ofDroppedTables) {
        List<MigrationStep> steps = new ArrayList<>();
        for (NamedPart part : parts.values()) {
            boolean tableStays = desired.tables().containsKey(part.table());
            if ((tableStays || ofDroppedTables) && !sameDefinition(part, wanted.get(part.key()))) {
                steps.add(partStep(part.drop(), part));
            }
        }
        return steps;
    }

    private List<MigrationStep> creates(Map<String, NamedPart> parts, Map<String, NamedPart> had) {
        List<MigrationStep> steps = new ArrayList<>();
        for (NamedPart part : parts.values()) {
            if (!sameDefinition(part, had.get(part.key()))) {
                steps.add(partStep(part.create(), part));
            }
        }
        return steps;
    }

    /**
     * jOOQ's diff as statements, each classified by what it changes when applied to the schema so far, so that
     * the schema is what the written file creates: a destructive step left out is not applied (a later step that
     * repeats it is left out too), and a statement that changes nothing or repeats an earlier one is dropped.
     * jOOQ renders a PostgreSQL type and nullability change as one {@code DO} block; Keel writes its statements
     * one by one, since the DDL reader, and so the next plan, reads no blocks. Each statement is parsed back from
     * its text before it is applied, as the next plan will read it.
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
                for (String text : statements(renderer.render(query))) {
                    Query parsed = state.configuration().dsl().parser().parseQuery(text);
                    String sql = renderer.render(parsed);
                    if (!written.add(sql)) {
                        continue;
                    }
                    Meta next = state.apply(parsed);
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

    private static boolean sameDefinition(NamedPart part, NamedPart other) {
        return other != null && other.definition().equals(part.definition());
    }

    private MigrationStep partStep(Query query, NamedPart part) {
        return new MigrationStep(renderer.render(query),
                new StepEffect("alter_" + part.tableName(), part.tableName(), Optional.empty(), Optional.empty()));
    }
}
