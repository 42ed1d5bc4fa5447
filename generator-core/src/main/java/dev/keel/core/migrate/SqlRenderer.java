package dev.keel.core.migrate;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Renders jOOQ's DDL queries as migration text: key words upper case, one clause or column a line, names quoted
 * only where the DDL quoted them, and PostgreSQL's {@code public} schema left implicit as the user's DDL leaves it.
 */
final class SqlRenderer {

    private final DSLContext context;

    SqlRenderer(SQLDialect dialect) {
        Settings settings = new Settings()
                .withRenderFormatted(true)
                .withRenderKeywordCase(RenderKeywordCase.UPPER)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
        if (dialect.family() == SQLDialect.POSTGRES) {
            settings.setRenderMapping(new RenderMapping().withDefaultSchema("public"));
        }
        this.context = DSL.using(dialect, settings);
    }

    /** The statement with its values inlined and without its semicolon. */
    String render(Query query) {
        return context.renderInlined(query).strip();
    }
}
