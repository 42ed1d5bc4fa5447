package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Meta;
import org.jooq.Query;

/**
 * Applies the parsed statements in order with jOOQ's DDL interpreter. jOOQ's error names no statement, so when
 * the whole script fails Keel replays it one statement at a time to find each failing one, reports it with its
 * file and line, and goes on without it.
 */
final class SchemaInterpreter {

    private final JooqSession jooq;
    private final Diagnostics diagnostics;

    SchemaInterpreter(JooqSession jooq, Diagnostics diagnostics) {
        this.jooq = jooq;
        this.diagnostics = diagnostics;
    }

    Meta interpret(List<ParsedStatement> statements) {
        List<Query> all = statements.stream().map(ParsedStatement::query).toList();
        try {
            return jooq.interpret(all);
        } catch (RuntimeException scriptFailed) {
            return interpretOneByOne(statements);
        }
    }

    private Meta interpretOneByOne(List<ParsedStatement> statements) {
        List<Query> accepted = new ArrayList<>();
        for (ParsedStatement statement : statements) {
            accepted.add(statement.query());
            try {
                jooq.interpret(accepted);
            } catch (RuntimeException e) {
                accepted.remove(accepted.size() - 1);
                report(statement, e);
            }
        }
        return jooq.interpret(accepted);
    }

    private void report(ParsedStatement parsed, RuntimeException e) {
        SqlStatement statement = parsed.statement();
        String message = JooqSession.message(e);
        if (message.startsWith("Unsupported query")) {
            diagnostics.warning(statement.file(), statement.line(), StatementParser.objectName(statement),
                    "skipped '" + statement.head(80) + "': Keel does not read this kind of statement");
        } else {
            diagnostics.error(statement.file(), statement.line(), StatementParser.objectName(statement),
                    "cannot apply '" + statement.head(60) + "': " + message);
        }
    }
}
