package dev.keel.core.migrate;

import java.util.regex.Pattern;
import org.jooq.Name;
import org.jooq.impl.DSL;

/** Names of Keel's model as jOOQ names: quoted only when the database would otherwise fold or reject them. */
final class SqlNames {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    private SqlNames() {
    }

    static Name name(String name) {
        return PLAIN.matcher(name).matches() ? DSL.unquotedName(name) : DSL.quotedName(name);
    }
}
