package dev.keel.sample;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/** Records every SQL statement jOOQ executes, so a test can assert how many one request costs. */
final class StatementCounter implements ExecuteListener {

    private final List<String> statements = new ArrayList<>();

    @Override
    public synchronized void executeStart(ExecuteContext context) {
        statements.add(context.sql());
    }

    synchronized void reset() {
        statements.clear();
    }

    synchronized List<String> statements() {
        return List.copyOf(statements);
    }
}
