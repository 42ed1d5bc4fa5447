package dev.keel.core.ddl;

import dev.keel.core.model.db.SqlDialect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names unnamed constraints of one table the way the database does, so that a constraint violation the
 * database reports can be traced back to the model. PostgreSQL: {@code <table>_<columns>_key|_fkey|_check},
 * made unique with a number; MySQL: a unique key takes its first column's name, foreign keys and checks are
 * numbered {@code <table>_ibfk_<n>} and {@code <table>_chk_<n>} in declaration order.
 */
final class ConstraintNames {

    private final SqlDialect dialect;
    private final String table;
    private final Set<String> taken = new HashSet<>();
    private int foreignKeys;
    private int checks;

    ConstraintNames(SqlDialect dialect, String table) {
        this.dialect = dialect;
        this.table = table;
    }

    /** Reserves a declared name; returns it. */
    String declared(String name) {
        taken.add(name);
        return name;
    }

    String uniqueKey(List<String> columns) {
        return dialect.isMySqlFamily() ? unique(columns.get(0), "_", 2) : postgres(columns, "key");
    }

    String foreignKey(List<String> columns) {
        foreignKeys++;
        return dialect.isMySqlFamily() ? unique(table + "_ibfk_" + foreignKeys, "_", 2) : postgres(columns, "fkey");
    }

    /** @param columns the columns the check is about, empty when Keel cannot tell */
    String check(List<String> columns) {
        checks++;
        return dialect.isMySqlFamily() ? unique(table + "_chk_" + checks, "_", 2) : postgres(columns, "check");
    }

    private String postgres(List<String> columns, String suffix) {
        String stem = columns.isEmpty() ? table : table + "_" + String.join("_", columns);
        return unique(stem + "_" + suffix, "", 1);
    }

    private String unique(String name, String separator, int firstNumber) {
        String candidate = name;
        for (int n = firstNumber; !taken.add(candidate); n++) {
            candidate = name + separator + n;
        }
        return candidate;
    }
}
