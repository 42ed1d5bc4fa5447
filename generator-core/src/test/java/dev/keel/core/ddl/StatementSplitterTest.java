package dev.keel.core.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

    @Test
    void semicolonsInQuotesDollarBodiesAndCommentsDoNotSplit() {
        String sql = "-- leading; comment\n"
                + "CREATE TABLE a (x TEXT DEFAULT 'a;b', \"we;ird\" INT);\n"
                + "/* block; /* nested; */ still; */\n"
                + "\n"
                + "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                + "SELECT $$;$$;   ;\n"
                + "CREATE INDEX i ON a (x)";

        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, false);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 5, 6, 7);
        assertThat(statements.get(0).text()).isEqualTo("CREATE TABLE a (x TEXT DEFAULT 'a;b', \"we;ird\" INT)");
        assertThat(statements.get(1).text()).endsWith("$body$ LANGUAGE sql");
        assertThat(statements.get(3).text()).isEqualTo("CREATE INDEX i ON a (x)");
    }

    @Test
    void mySqlLexingKnowsHashCommentsBackticksAndBackslashEscapes() {
        String sql = "# a; comment\nCREATE TABLE `t;1` (s VARCHAR(9) DEFAULT 'it\\'s;');\nDROP TABLE x;";

        List<SqlStatement> statements = StatementSplitter.split("f.sql", sql, true);

        assertThat(statements).extracting(SqlStatement::line).containsExactly(2, 3);
        assertThat(statements.get(0).text()).isEqualTo("CREATE TABLE `t;1` (s VARCHAR(9) DEFAULT 'it\\'s;')");
    }

    @Test
    void lineOfAnOffsetInsideAStatement() {
        SqlStatement statement = StatementSplitter.split("f.sql", "\n\nCREATE TABLE t (\n  x INT\n)", false).get(0);

        assertThat(statement.line()).isEqualTo(3);
        assertThat(statement.fileLineAt(statement.text().indexOf("x INT"))).isEqualTo(4);
        assertThat(statement.fileLine(3)).isEqualTo(5);
    }
}
