package dev.keel.core.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a DDL file at the semicolons that end statements, so that each statement can be parsed and located on
 * its own. Semicolons inside quotes ({@code '...'}, {@code "..."}, MySQL backticks), PostgreSQL dollar-quoted
 * bodies ({@code $$...$$}, {@code $tag$...$tag$}) and comments ({@code --}, nested {@code /* *}{@code /}, and
 * MySQL {@code #}) do not end a statement. MySQL lexing also lets a backslash escape a quote in a string. Statements holding nothing but comments are dropped.
 */
final class StatementSplitter {

    private final String file;
    private final String sql;
    private final boolean mySqlLexing;
    private final List<SqlStatement> statements = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int statementStart = -1;
    private int statementLine;

    private StatementSplitter(String file, String sql, boolean mySqlLexing) {
        this.file = file;
        this.sql = sql;
        this.mySqlLexing = mySqlLexing;
    }

    static List<SqlStatement> split(String file, String sql, boolean mySqlLexing) {
        StatementSplitter splitter = new StatementSplitter(file, sql, mySqlLexing);
        splitter.run();
        return List.copyOf(splitter.statements);
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (startsWith("--") || (mySqlLexing && c == '#')) {
                skipLineComment();
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else if (c == ';') {
                endStatement(pos);
                pos++;
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                markStart();
                if (c == '\'' || c == '"' || c == '`') {
                    skipQuoted(c);
                } else if (c == '$' && dollarTag() != null) {
                    skipDollarQuoted(dollarTag());
                } else {
                    advance();
                }
            }
        }
        endStatement(sql.length());
    }

    private void markStart() {
        if (statementStart < 0) {
            statementStart = pos;
            statementLine = line;
        }
    }

    private void endStatement(int end) {
        if (statementStart >= 0) {
            statements.add(new SqlStatement(file, statementLine, sql.substring(statementStart, end).stripTrailing()));
        }
        statementStart = -1;
    }

    private boolean startsWith(String token) {
        return sql.startsWith(token, pos);
    }

    private void advance() {
        if (sql.charAt(pos) == '\n') {
            line++;
        }
        pos++;
    }

    private void skipLineComment() {
        while (pos < sql.length() && sql.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlockComment() {
        int depth = 0;
        do {
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
            } else {
                advance();
            }
        } while (depth > 0 && pos < sql.length());
    }

    /** A quote ends at the next same quote that is not doubled (nor, in MySQL strings, after a backslash). */
    private void skipQuoted(char quote) {
        advance();
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (mySqlLexing && c == '\\' && quote == '\'' && pos + 1 < sql.length()) {
                advance();
                advance();
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                advance();
                advance();
            } else if (c == quote) {
                advance();
                return;
            } else {
                advance();
            }
        }
    }

    /** The {@code $tag$} opening at the current position, or null when the dollar sign opens none. */
    private String dollarTag() {
        int end = pos + 1;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        if (end < sql.length() && sql.charAt(end) == '$' && (end == pos + 1 || !Character.isDigit(sql.charAt(pos + 1)))) {
            return sql.substring(pos, end + 1);
        }
        return null;
    }

    private void skipDollarQuoted(String tag) {
        int close = sql.indexOf(tag, pos + tag.length());
        int end = close < 0 ? sql.length() : close + tag.length();
        while (pos < end) {
            advance();
        }
    }
}
