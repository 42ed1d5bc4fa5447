package dev.keel.core.ddl;

import dev.keel.core.model.db.ReferentialAction;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.impl.QOM;

/**
 * The {@code ON DELETE} action of each foreign key. jOOQ's interpreted meta keeps foreign keys but drops their
 * actions, so Keel reads them from the parsed statements, rendered by jOOQ in one normalized form.
 */
final class ForeignKeyActions {

    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "foreign key \\(([^)]*)\\) references [^(]+\\([^)]*\\)((?: on (?:delete|update)"
                    + " (?:cascade|restrict|no action|set null|set default))*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_DELETE = Pattern.compile(
            "on delete (cascade|restrict|no action|set null|set default)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERED_TABLE = Pattern.compile(
            "^alter table (?:if exists )?(?:only )?(\\S+)", Pattern.CASE_INSENSITIVE);

    private final Map<String, ReferentialAction> actions = new HashMap<>();

    ForeignKeyActions(JooqSession jooq, List<ParsedStatement> statements) {
        for (ParsedStatement statement : statements) {
            String sql = jooq.plainSql(statement.query());
            String table = owningTable(statement, sql);
            if (!table.isEmpty()) {
                collect(table, sql);
            }
        }
    }

    ReferentialAction onDelete(String table, List<String> columns) {
        return actions.getOrDefault(key(table, String.join(",", columns)), ReferentialAction.NO_ACTION);
    }

    private void collect(String table, String sql) {
        Matcher foreignKey = FOREIGN_KEY.matcher(sql);
        while (foreignKey.find()) {
            Matcher onDelete = ON_DELETE.matcher(foreignKey.group(2));
            if (onDelete.find()) {
                actions.put(key(table, foreignKey.group(1)), action(onDelete.group(1)));
            }
        }
    }

    private static String owningTable(ParsedStatement statement, String sql) {
        if (statement.query() instanceof QOM.CreateTable) {
            return ((QOM.CreateTable) statement.query()).$table().getName();
        }
        Matcher altered = ALTERED_TABLE.matcher(sql);
        return altered.find() ? unqualified(altered.group(1)) : "";
    }

    private static String unqualified(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static String key(String table, String columns) {
        return table + "|" + columns.replaceAll("\\s", "");
    }

    private static ReferentialAction action(String sql) {
        return ReferentialAction.valueOf(sql.toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
