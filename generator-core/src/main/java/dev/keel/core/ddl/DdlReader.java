package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.Meta;
import org.jooq.TableOptions;

/**
 * Reads SQL DDL files into the immutable {@link DatabaseSchema}.
 *
 * <p>Dialects: PostgreSQL, MySQL and MariaDB. {@link #DdlReader(SqlDialect)} reads every file as the given
 * dialect; {@link #DdlReader()} detects it from the text of all files: backtick-quoted names,
 * {@code AUTO_INCREMENT} or {@code ENGINE=} mean MySQL, anything else PostgreSQL. MariaDB is only used when
 * asked for.
 *
 * <p>The files are read in the given order and applied as one script, each statement on its own: jOOQ parses it
 * and its DDL interpreter applies it in memory (no database is involved). Statements that do not shape tables,
 * such as Supabase's {@code ENABLE ROW LEVEL SECURITY} and {@code CREATE POLICY}, grants, functions and
 * extensions, are skipped with a warning naming the statement, file and line; session and data statements
 * ({@code SET}, {@code INSERT}, ...) are skipped silently. A foreign key to a table no file creates (Supabase's
 * {@code auth.users}) is left out with a warning.
 *
 * <p>A syntax error, a statement the interpreter rejects (e.g. an index on a missing table) and a column of an
 * unknown type are errors naming the file, the 1-based line and the table or column. Every file and statement
 * is checked before the reader returns, so one run reports all errors; the caller stops the run when
 * {@code diagnostics} has errors. The schema returned then holds what could be read.
 */
public final class DdlReader {

    private static final Pattern MYSQL_MARKERS =
            Pattern.compile("`|\\bAUTO_INCREMENT\\b|\\bENGINE\\s*=", Pattern.CASE_INSENSITIVE);

    private final Optional<SqlDialect> dialect;

    /** A reader that detects the dialect from the files' text. */
    public DdlReader() {
        this.dialect = Optional.empty();
    }

    public DdlReader(SqlDialect dialect) {
        this.dialect = Optional.of(dialect);
    }

    public DatabaseSchema read(List<Path> ddlFiles, Diagnostics diagnostics) {
        return readWithMeta(ddlFiles, diagnostics).schema();
    }

    /** A DDL text and the name messages give it: a file as the user named it, or a migration file. */
    public record Source(String name, String text) {
    }

    /**
     * What the reader made of the DDL.
     *
     * @param schema Keel's model of the tables
     * @param meta jOOQ's interpreted meta the model was built from
     * @param statements every statement Keel applied (not skipped), as written and without its semicolon, in order
     */
    public record Reading(DatabaseSchema schema, Meta meta, List<String> statements) {

        public Reading {
            statements = List.copyOf(statements);
        }
    }

    /** Reads the files as {@link #read} does, keeping jOOQ's meta and the applied statements. */
    public Reading readWithMeta(List<Path> ddlFiles, Diagnostics diagnostics) {
        return readSources(load(ddlFiles, diagnostics), diagnostics);
    }

    /** Reads DDL texts already in memory, in the given order, as {@link #read} reads files. */
    public Reading readSources(List<Source> sources, Diagnostics diagnostics) {
        SqlDialect sqlDialect = dialect.orElseGet(() -> detect(sources));
        List<SqlStatement> statements = new ArrayList<>();
        for (Source source : sources) {
            statements.addAll(StatementSplitter.split(source.name(), source.text(), sqlDialect.isMySqlFamily()));
        }
        JooqSession jooq = new JooqSession(sqlDialect);
        ParsedDdl parsed = new StatementParser(jooq, diagnostics).parseAll(statements);
        List<ParsedStatement> interpretable =
                new ExternalReferences(jooq, diagnostics).withoutExternalReferences(parsed.statements());
        Meta meta = new SchemaInterpreter(jooq, diagnostics).interpret(interpretable);
        TableBuilder builder =
                new TableBuilder(jooq, parsed, new ForeignKeyActions(jooq, parsed.statements()), diagnostics);
        List<Table> tables = new ArrayList<>();
        for (org.jooq.Table<?> table : meta.getTables()) {
            if (table.getTableType() == TableOptions.TableType.TABLE) {
                tables.add(builder.build(table));
            }
        }
        tables.sort(Comparator.comparing(Table::schema).thenComparing(Table::name));
        return new Reading(new DatabaseSchema(sqlDialect, tables), meta,
                parsed.accepted().stream().map(SqlStatement::text).toList());
    }

    /** The dialect the text is written in, by the markers only MySQL and MariaDB DDL carries. */
    public static SqlDialect detect(String ddl) {
        return MYSQL_MARKERS.matcher(ddl).find() ? SqlDialect.MYSQL : SqlDialect.POSTGRES;
    }

    private static SqlDialect detect(List<Source> sources) {
        return detect(String.join("\n", sources.stream().map(Source::text).toList()));
    }

    private static List<Source> load(List<Path> files, Diagnostics diagnostics) {
        List<Source> sources = new ArrayList<>();
        for (Path file : files) {
            try {
                sources.add(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                diagnostics.error(file.toString(), 0, "", "cannot read the DDL file: " + e);
            }
        }
        return sources;
    }
}
