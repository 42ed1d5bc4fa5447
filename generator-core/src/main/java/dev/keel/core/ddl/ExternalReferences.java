package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.SqlDialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Constraint;
import org.jooq.Name;
import org.jooq.TableElement;
import org.jooq.impl.QOM;

/**
 * Leaves out foreign keys to tables that no DDL file creates, such as Supabase's {@code auth.users}: the
 * database has them, Keel's model cannot, and jOOQ's interpreter would reject the whole {@code CREATE TABLE}.
 * Each one left out is a warning.
 */
final class ExternalReferences {

    private static final Pattern REFERENCED =
            Pattern.compile("^(?:constraint \\S+ )?foreign key .* references ([^\\s(]+) ?\\(", Pattern.CASE_INSENSITIVE);

    private final JooqSession jooq;
    private final Diagnostics diagnostics;

    ExternalReferences(JooqSession jooq, Diagnostics diagnostics) {
        this.jooq = jooq;
        this.diagnostics = diagnostics;
    }

    List<ParsedStatement> withoutExternalReferences(List<ParsedStatement> statements) {
        Set<String> created = new HashSet<>();
        for (ParsedStatement statement : statements) {
            if (statement.query() instanceof QOM.CreateTable) {
                created.add(key(((QOM.CreateTable) statement.query()).$table().getQualifiedName()));
            }
        }
        List<ParsedStatement> result = new ArrayList<>();
        for (ParsedStatement statement : statements) {
            result.add(statement.query() instanceof QOM.CreateTable
                    ? withoutExternalReferences(statement, (QOM.CreateTable) statement.query(), created)
                    : statement);
        }
        return result;
    }

    private ParsedStatement withoutExternalReferences(ParsedStatement statement, QOM.CreateTable create,
            Set<String> created) {
        List<TableElement> kept = new ArrayList<>();
        for (TableElement element : create.$tableElements()) {
            String referenced = element instanceof Constraint ? referencedTable(element) : "";
            if (referenced.isEmpty() || created.contains(key(referenced))) {
                kept.add(element);
            } else {
                diagnostics.warning(statement.statement().file(), statement.statement().line(),
                        create.$table().getName(), "the foreign key '" + jooq.plainSql(element)
                                + "' is left out: no DDL file creates " + referenced);
            }
        }
        return kept.size() == create.$tableElements().size()
                ? statement : new ParsedStatement(statement.statement(), create.$tableElements(kept));
    }

    private String referencedTable(TableElement foreignKey) {
        Matcher matcher = REFERENCED.matcher(jooq.plainSql(foreignKey));
        return matcher.find() ? matcher.group(1) : "";
    }

    private String key(Name name) {
        return key(String.join(".", name.getName()));
    }

    /** A table name as the interpreter resolves it: PostgreSQL's unqualified names are in {@code public}. */
    private String key(String qualified) {
        String name = qualified.replace("\"", "");
        if (jooq.dialect() == SqlDialect.POSTGRES && name.startsWith("public.")) {
            return name.substring("public.".length());
        }
        return name;
    }
}
