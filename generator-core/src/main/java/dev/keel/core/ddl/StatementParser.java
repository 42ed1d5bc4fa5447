package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.CreateIndexIncludeStep;
import org.jooq.CreateIndexStep;
import org.jooq.DDLQuery;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.ParserException;
import org.jooq.impl.QOM;

/**
 * Parses each statement on its own with jOOQ, so that a syntax error names its file and line and does not stop
 * the statements after it from being checked.
 */
final class StatementParser {

    private static final Pattern OBJECT_NAME = Pattern.compile(
            "^(?:CREATE|ALTER|DROP)\\s+(?:OR\\s+REPLACE\\s+)?(?:UNIQUE\\s+|TEMPORARY\\s+|TEMP\\s+)?"
                    + "(?:TABLE|INDEX|VIEW|TYPE|SEQUENCE)\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?"
                    + "(?:ONLY\\s+)?([\\w.\"`$]+)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern POLICY_TABLE = Pattern.compile(
            "^(?:CREATE|ALTER|DROP)\\s+POLICY\\s+(?:\"[^\"]*\"|\\S+)\\s+ON\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

    private final JooqSession jooq;
    private final Diagnostics diagnostics;
    private final List<ParsedStatement> parsed = new ArrayList<>();
    private final Map<String, List<String>> enumTypes = new LinkedHashMap<>();
    private final Map<String, SqlStatement> createdBy = new LinkedHashMap<>();
    private final List<SqlStatement> accepted = new ArrayList<>();

    StatementParser(JooqSession jooq, Diagnostics diagnostics) {
        this.jooq = jooq;
        this.diagnostics = diagnostics;
    }

    ParsedDdl parseAll(List<SqlStatement> statements) {
        for (SqlStatement statement : statements) {
            Optional<SkippedStatements.Skip> skip = SkippedStatements.classify(statement);
            if (skip.isPresent()) {
                reportSkip(statement, skip.get());
            } else {
                parse(statement);
            }
        }
        return new ParsedDdl(parsed, enumTypes, createdBy, accepted);
    }

    /**
     * The table, index or type a statement is about (a policy's table), as written; "" when it names none Keel
     * can tell.
     */
    static String objectName(SqlStatement statement) {
        Matcher policy = POLICY_TABLE.matcher(statement.text());
        if (policy.find()) {
            return policy.group(1).replace("\"", "");
        }
        Matcher matcher = OBJECT_NAME.matcher(statement.text());
        if (!matcher.find() || matcher.group(1).equalsIgnoreCase("ON")) {
            return "";
        }
        return matcher.group(1).replace("\"", "").replace("`", "");
    }

    private void reportSkip(SqlStatement statement, SkippedStatements.Skip skip) {
        if (skip.report() == SkippedStatements.Report.WARNING) {
            diagnostics.warning(statement.file(), statement.line(), objectName(statement),
                    "skipped '" + statement.head(80) + "': " + skip.reason());
        }
    }

    private void parse(SqlStatement statement) {
        Query query;
        try {
            query = jooq.parse(statement.text());
        } catch (ParserException e) {
            diagnostics.error(statement.file(), statement.fileLine(e.line()), objectName(statement),
                    syntaxErrorMessage(statement, e));
            return;
        } catch (RuntimeException e) {
            diagnostics.error(statement.file(), statement.line(), objectName(statement),
                    "cannot read '" + statement.head(60) + "': " + JooqSession.message(e));
            return;
        }
        if (query == null) {
            return;
        }
        accept(statement, query);
    }

    private void accept(SqlStatement statement, Query query) {
        if (query instanceof QOM.CreateType) {
            acceptType(statement, (QOM.CreateType) query);
            return;
        }
        if (!(query instanceof DDLQuery)) {
            return;
        }
        Query interpretable = query;
        if (query instanceof QOM.CreateIndex && ((QOM.CreateIndex) query).$index() == null) {
            interpretable = named((QOM.CreateIndex) query);
        }
        if (query instanceof QOM.CreateTable) {
            createdBy.putIfAbsent(((QOM.CreateTable) query).$table().getName(), statement);
        }
        parsed.add(new ParsedStatement(statement, interpretable));
        accepted.add(statement);
    }

    /**
     * jOOQ's interpreter cannot apply an unnamed {@code CREATE INDEX}; Keel names it as PostgreSQL does,
     * {@code <table>_<columns>_idx}.
     */
    private static Query named(QOM.CreateIndex index) {
        List<String> columns = new ArrayList<>();
        for (OrderField<?> field : index.$on()) {
            columns.add(field instanceof SortField ? ((SortField<?>) field).$field().getName()
                    : ((Field<?>) field).getName());
        }
        String name = index.$table().getName() + "_" + String.join("_", columns) + "_idx";
        CreateIndexStep create = index.$unique() ? DSL.createUniqueIndex(name) : DSL.createIndex(name);
        CreateIndexIncludeStep on = create.on(index.$table(), index.$on());
        return index.$where() == null ? on : on.where(index.$where());
    }

    private void acceptType(SqlStatement statement, QOM.CreateType createType) {
        if (createType.$values().isEmpty()) {
            diagnostics.warning(statement.file(), statement.line(), objectName(statement),
                    "skipped '" + statement.head(80) + "': Keel reads enum types only");
            return;
        }
        List<String> values = new ArrayList<>();
        for (Field<String> value : createType.$values()) {
            values.add(value instanceof Param ? String.valueOf(((Param<?>) value).getValue()) : jooq.sql(value));
        }
        String typeName = objectName(statement);
        enumTypes.put(typeName.substring(typeName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT), List.copyOf(values));
        accepted.add(statement);
    }

    private static String syntaxErrorMessage(SqlStatement statement, ParserException e) {
        String reason = e.getMessage() == null ? "invalid syntax" : e.getMessage();
        int snippet = reason.indexOf(": [");
        if (snippet > 0) {
            reason = reason.substring(0, snippet);
        }
        return "SQL syntax error at column " + e.column() + ": " + reason + ", near '" + near(statement, e) + "'";
    }

    private static String near(SqlStatement statement, ParserException e) {
        String text = statement.text();
        int at = Math.max(0, Math.min(e.position(), text.length()));
        int lineEnd = text.indexOf('\n', at);
        String rest = text.substring(at, lineEnd < 0 ? text.length() : lineEnd).strip();
        if (rest.isEmpty()) {
            int lineStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            rest = text.substring(lineStart, at).strip();
        }
        return rest.length() <= 40 ? rest : rest.substring(0, 40) + "...";
    }
}
