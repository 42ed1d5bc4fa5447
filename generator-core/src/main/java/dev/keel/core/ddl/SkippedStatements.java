package dev.keel.core.ddl;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Statements that a real schema file holds but that do not shape tables: access control (Supabase row level
 * security, policies, grants), server-side code, extensions, and session or transaction commands. Keel skips
 * them instead of failing; the ones that change how the database behaves are reported as warnings so that the
 * user knows Keel's code does not reproduce them.
 */
final class SkippedStatements {

    /** How a skipped statement is reported. */
    enum Report { WARNING, SILENT }

    record Skip(Report report, String reason) {
    }

    private record Rule(Pattern pattern, Skip skip) {
    }

    private static final List<Rule> RULES = List.of(
            warn("^ALTER TABLE .* (ENABLE|DISABLE|FORCE|NO FORCE) ROW LEVEL SECURITY$",
                    "row level security is enforced by the database, not by Keel's generated code"),
            warn("^(CREATE|ALTER|DROP) POLICY\\b",
                    "row level security policies are enforced by the database, not by Keel's generated code"),
            warn("^(GRANT|REVOKE)\\b", "privileges are not part of the schema model"),
            warn("^ALTER DEFAULT PRIVILEGES\\b", "privileges are not part of the schema model"),
            warn("^(CREATE|ALTER|DROP) (ROLE|USER|PUBLICATION|SUBSCRIPTION)\\b",
                    "roles and publications are not part of the schema model"),
            warn("^ALTER .* OWNER TO\\b", "ownership is not part of the schema model"),
            warn("^(CREATE|DROP) (OR REPLACE )?(FUNCTION|PROCEDURE|TRIGGER|RULE|EVENT)\\b",
                    "server-side code is not part of the schema model"),
            warn("^(CREATE|ALTER|DROP) EXTENSION\\b",
                    "extensions are installed in the database, not read by Keel"),
            silent("^(SET|RESET|USE|BEGIN|COMMIT|ROLLBACK|START TRANSACTION|LOCK TABLES?|UNLOCK TABLES|SELECT"
                    + "|INSERT|UPDATE|DELETE|COPY|ANALYZE|VACUUM|DELIMITER)\\b", "not a schema statement"));

    private SkippedStatements() {
    }

    static Optional<Skip> classify(SqlStatement statement) {
        String text = statement.normalizedUpper();
        return RULES.stream().filter(r -> r.pattern.matcher(text).find()).map(Rule::skip).findFirst();
    }

    private static Rule warn(String regex, String reason) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), new Skip(Report.WARNING, reason));
    }

    private static Rule silent(String regex, String reason) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), new Skip(Report.SILENT, reason));
    }
}
