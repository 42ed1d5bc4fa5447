package dev.keel.core.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Check;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.QOM;

/**
 * Reads {@code CHECK (col IN ('a', 'b'))}: the column may hold only those values, which is how schemas without
 * enum types declare one. Other checks restrict no single column to a list.
 */
final class CheckValues {

    private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private CheckValues() {
    }

    /** The values the table's checks allow in the column, in declared order; empty when none restricts it. */
    static List<String> allowedValues(org.jooq.Table<?> table, String column) {
        for (Check<?> check : table.getChecks()) {
            if (restrictedColumn(check).filter(column::equals).isPresent()) {
                return values((QOM.InList<?>) check.condition()).orElseThrow();
            }
        }
        return List.of();
    }

    /** The column a {@code col IN ('a', ...)} check restricts to string literals. */
    static Optional<String> restrictedColumn(Check<?> check) {
        if (!(check.condition() instanceof QOM.InList)) {
            return Optional.empty();
        }
        QOM.InList<?> in = (QOM.InList<?>) check.condition();
        return values(in).isPresent() ? Optional.of(in.$field().getName()) : Optional.empty();
    }

    /**
     * The one column a check's condition refers to, as PostgreSQL finds it to name an unnamed check
     * {@code <table>_<column>_check}; empty when it refers to none or to several.
     */
    static Optional<String> onlyColumn(org.jooq.Table<?> table, String conditionSql) {
        String code = STRING_LITERAL.matcher(conditionSql).replaceAll("''");
        List<String> referenced = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            Pattern reference = Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(field.getName()) + "\"?(?![\\w$])",
                    Pattern.CASE_INSENSITIVE);
            if (reference.matcher(code).find()) {
                referenced.add(field.getName());
            }
        }
        return referenced.size() == 1 ? Optional.of(referenced.get(0)) : Optional.empty();
    }

    private static Optional<List<String>> values(QOM.InList<?> in) {
        List<String> values = new ArrayList<>();
        for (Field<?> value : in.$list()) {
            if (!(value instanceof Param) || !(((Param<?>) value).getValue() instanceof String)) {
                return Optional.empty();
            }
            values.add((String) ((Param<?>) value).getValue());
        }
        return Optional.of(List.copyOf(values));
    }
}
