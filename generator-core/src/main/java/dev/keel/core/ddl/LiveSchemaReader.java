package dev.keel.core.ddl;

import dev.keel.core.config.LiveDatabase;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.SqlDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DDLExportConfiguration;
import org.jooq.DDLFlag;
import org.jooq.DSLContext;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Reads the tables of a live database into the same {@link DdlReader.Reading} DDL files give, so binding, table
 * classes and the data layer do not know where the tables came from.
 *
 * <p>jOOQ's JDBC meta ({@code DSL.using(connection, dialect).meta()}, PostgreSQL restricted to {@code public})
 * gives the tables, columns, defaults, primary and unique keys; it is exported as DDL and read by
 * {@link DdlReader} like a file. jOOQ's meta knows no ON DELETE rule, no partial index condition and no CHECK
 * text, so for PostgreSQL those come from {@code pg_catalog} as the server prints them, together with enum
 * types. Messages name the URL without its password.
 */
public final class LiveSchemaReader {

    private static final String PUBLIC = "public";

    private static final Pattern ANY_ARRAY = Pattern.compile(
            "^CHECK \\(+\"?(\\w+)\"?\\)?(?:::[\\w ]+)? = ANY \\(+ARRAY\\[(.*)]\\)?(?:::[\\w ]+\\[])?\\)+$");
    private static final Pattern TYPED_LITERAL = Pattern.compile("('(?:[^']|'')*')(?:::[\\w ]+)?");

    private static final String ENUM_TYPES = """
            SELECT t.typname AS name, string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) AS labels
            FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = 'public' GROUP BY t.typname ORDER BY t.typname""";
    private static final String CONSTRAINTS = """
            SELECT r.relname AS table_name, c.conname AS name, c.contype AS type,
                   pg_get_constraintdef(c.oid) AS definition
            FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
            WHERE n.nspname = 'public' AND c.contype IN ('c', 'f') ORDER BY c.contype DESC, r.relname, c.conname""";
    private static final String INDEXES = """
            SELECT i.indexdef AS definition FROM pg_indexes i
            WHERE i.schemaname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c JOIN pg_class x
                ON x.oid = c.conindid WHERE x.relname = i.indexname AND c.connamespace = 'public'::regnamespace)
            ORDER BY i.tablename, i.indexname""";

    private final LiveDatabase database;

    public LiveSchemaReader(LiveDatabase database) {
        this.database = database;
    }

    /** The tables as DDL files would give them; empty when the database cannot be read, with an error. */
    public Optional<DdlReader.Reading> read(Diagnostics diagnostics) {
        Properties properties = new Properties();
        database.user().ifPresent(user -> properties.setProperty("user", user));
        database.password().ifPresent(password -> properties.setProperty("password", password));
        String ddl;
        SqlDialect dialect;
        try (Connection connection = DriverManager.getConnection(database.url(), properties)) {
            SQLDialect jooqDialect = JDBCUtils.dialect(connection);
            dialect = keelDialect(jooqDialect);
            ddl = exportDdl(DSL.using(connection, jooqDialect, new Settings().withRenderFormatted(false)), dialect);
        } catch (SQLException | DataAccessException e) {
            diagnostics.error(database.redactedUrl(), 0, "", "cannot read the tables of the database at "
                    + database.redactedUrl() + ": " + firstLine(e));
            return Optional.empty();
        }
        return Optional.of(new DdlReader(dialect)
                .readSources(List.of(new DdlReader.Source(database.redactedUrl(), ddl)), diagnostics));
    }

    private static String exportDdl(DSLContext dsl, SqlDialect dialect) {
        Meta meta = dsl.meta();
        List<String> statements = new ArrayList<>();
        if (dialect == SqlDialect.POSTGRES) {
            meta = meta.filterSchemas(schema -> PUBLIC.equals(schema.getName()));
            for (Record type : dsl.fetch(ENUM_TYPES)) {
                statements.add("CREATE TYPE " + quoted(type.get("name", String.class)) + " AS ENUM ("
                        + type.get("labels", String.class) + ")");
            }
            exportTables(meta, statements, DDLFlag.TABLE, DDLFlag.PRIMARY_KEY, DDLFlag.UNIQUE);
            for (Record constraint : dsl.fetch(CONSTRAINTS)) {
                statements.add("ALTER TABLE " + quoted(constraint.get("table_name", String.class))
                        + " ADD CONSTRAINT " + quoted(constraint.get("name", String.class)) + " "
                        + definition(constraint.get("definition", String.class)));
            }
            dsl.fetch(INDEXES).forEach(index -> statements.add(index.get("definition", String.class)));
        } else {
            exportTables(meta, statements, DDLFlag.TABLE, DDLFlag.PRIMARY_KEY, DDLFlag.UNIQUE, DDLFlag.FOREIGN_KEY,
                    DDLFlag.CHECK, DDLFlag.INDEX);
        }
        return String.join(";\n", statements) + ";\n";
    }

    private static void exportTables(Meta meta, List<String> statements, DDLFlag... flags) {
        DSLContext renderer = DSL.using(meta.configuration().dialect());
        for (Query query : meta.ddl(new DDLExportConfiguration().flags(flags))) {
            statements.add(renderer.render(query));
        }
    }

    /**
     * PostgreSQL prints {@code CHECK (role IN ('user', 'admin'))} as {@code CHECK ((role = ANY
     * (ARRAY['user'::text, 'admin'::text])))}; Keel reads the allowed values from the {@code IN} form.
     */
    static String definition(String printed) {
        Matcher any = ANY_ARRAY.matcher(printed);
        if (!any.matches()) {
            return printed;
        }
        Matcher literal = TYPED_LITERAL.matcher(any.group(2));
        List<String> values = new ArrayList<>();
        while (literal.find()) {
            values.add(literal.group(1));
        }
        return "CHECK (" + quoted(any.group(1)) + " IN (" + String.join(", ", values) + "))";
    }

    private static SqlDialect keelDialect(SQLDialect dialect) {
        if (dialect.family() == SQLDialect.MYSQL) {
            return SqlDialect.MYSQL;
        }
        if (dialect.family() == SQLDialect.MARIADB) {
            return SqlDialect.MARIADB;
        }
        return SqlDialect.POSTGRES;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
