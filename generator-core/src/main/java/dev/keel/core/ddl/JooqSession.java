package dev.keel.core.ddl;

import dev.keel.core.model.db.SqlDialect;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.SQLDialect;
import org.jooq.conf.InterpreterSearchSchema;
import org.jooq.conf.ParseUnknownFunctions;
import org.jooq.conf.ParseUnsupportedSyntax;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * jOOQ's parser, DDL interpreter and renderer set up for one dialect. jOOQ interprets DDL in memory; no database
 * (and no H2, which cannot index {@code TEXT UNIQUE}) is involved.
 */
final class JooqSession {

    static {
        // jOOQ logs a banner and a tip on first use; a build log is no place for them.
        quietJooq("org.jooq.no-logo");
        quietJooq("org.jooq.no-tips");
    }

    private static final Pattern QUERY_SUFFIX = Pattern.compile("\\. Query: .*", Pattern.DOTALL);

    private final SqlDialect dialect;
    private final DSLContext context;
    private final DSLContext plainRenderer;

    JooqSession(SqlDialect dialect) {
        this.dialect = dialect;
        SQLDialect jooqDialect = jooqDialect(dialect);
        Settings settings = new Settings()
                .withParseDialect(jooqDialect)
                .withInterpreterDialect(jooqDialect)
                .withParseUnknownFunctions(ParseUnknownFunctions.IGNORE)
                .withParseUnsupportedSyntax(ParseUnsupportedSyntax.IGNORE)
                .withParseIgnoreCommercialOnlyFeatures(true)
                .withInterpreterDelayForeignKeyDeclarations(true)
                .withRenderFormatted(false);
        if (dialect == SqlDialect.POSTGRES) {
            settings.setInterpreterSearchPath(List.of(new InterpreterSearchSchema().withSchema("public")));
        }
        this.context = DSL.using(jooqDialect, settings);
        this.plainRenderer = DSL.using(jooqDialect, new Settings()
                .withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderFormatted(false));
    }

    SqlDialect dialect() {
        return dialect;
    }

    static SQLDialect jooqDialect(SqlDialect dialect) {
        if (dialect == SqlDialect.MYSQL) {
            return SQLDialect.MYSQL;
        }
        if (dialect == SqlDialect.MARIADB) {
            return SQLDialect.MARIADB;
        }
        return SQLDialect.POSTGRES;
    }

    /** Parses one statement; null when it holds nothing to execute. */
    Query parse(String statement) {
        return context.parser().parseQuery(statement);
    }

    Meta interpret(List<Query> queries) {
        return context.meta(queries.toArray(Query[]::new));
    }

    /** SQL text of a default, check or index condition in the source dialect, values inlined. */
    String sql(Field<?> expression) {
        return context.renderInlined(expression);
    }

    String sql(Condition condition) {
        return context.renderInlined(condition);
    }

    /** SQL text without quoted names, for reading clauses the interpreted meta does not keep. */
    String plainSql(QueryPart part) {
        return plainRenderer.renderInlined(part);
    }

    String typeName(org.jooq.DataType<?> type) {
        return type.getTypeName(context.configuration()).toLowerCase(java.util.Locale.ROOT);
    }

    /** jOOQ's message without the re-rendered query it appends. */
    static String message(RuntimeException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return QUERY_SUFFIX.matcher(text).replaceFirst("");
    }

    private static void quietJooq(String property) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, "true");
        }
    }
}
