package dev.keel.core.migrate;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM;

/**
 * Renders jOOQ's DDL queries as migration text: key words upper case, names quoted only where the DDL quoted
 * them, PostgreSQL's {@code public} schema left implicit as the user's DDL leaves it; a {@code CREATE TABLE}
 * one column a line, any other statement on one line.
 */
final class SqlRenderer {

    private final DSLContext formatted;
    private final DSLContext oneLine;

    SqlRenderer(SQLDialect dialect) {
        this.formatted = DSL.using(dialect, settings(dialect).withRenderFormatted(true));
        this.oneLine = DSL.using(dialect, settings(dialect).withRenderFormatted(false));
    }

    /**
     * The statement with its values inlined and without its semicolon. A statement jOOQ emulates with a
     * PostgreSQL {@code DO} block comes formatted, one inner statement a line, for {@link SchemaDiff} to split.
     */
    String render(Query query) {
        String line = oneLine.renderInlined(query).strip();
        return query instanceof QOM.CreateTable || line.startsWith("DO ")
                ? formatted.renderInlined(query).strip() : line;
    }

    private static Settings settings(SQLDialect dialect) {
        Settings settings = new Settings()
                .withRenderKeywordCase(RenderKeywordCase.UPPER)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        if (dialect.family() == SQLDialect.POSTGRES) {
            settings.setRenderMapping(new RenderMapping().withDefaultSchema("public"));
        }
        return settings;
    }
}
