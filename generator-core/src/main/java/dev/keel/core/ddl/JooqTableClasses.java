package dev.keel.core.ddl;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.ColumnKind;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.model.db.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.codegen.GenerationTool;
import org.jooq.codegen.JavaGenerator;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.GeneratedSerialVersionUID;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Logging;
import org.jooq.meta.jaxb.Property;
import org.jooq.meta.jaxb.SchemaMappingType;
import org.jooq.meta.jaxb.Target;

/**
 * jOOQ's table classes for the tables of the DDL files: runs jOOQ's code generator in process over the schema
 * {@link DdlReader} interpreted, into a temporary directory, and returns the Java files as
 * {@link GeneratedFile}s under {@code java/<basePackage>/db/} ({@code Tables}, {@code Keys}, {@code Indexes},
 * {@code tables/<Table>.java}, {@code tables/records/<Table>Record.java}), so Keel's writer writes them with
 * everything else. The output is deterministic: no generated annotation, date or hashed serialVersionUID.
 *
 * <p>PostgreSQL's {@code public} schema is generated as jOOQ's default schema, so the SQL jOOQ renders names
 * tables without a schema and follows the connection's search path. MySQL {@code ENUM} columns are strings;
 * columns of a PostgreSQL enum type are jOOQ's {@code Object} fields of that type.
 */
public final class JooqTableClasses {

    private final DdlReader reader;

    public JooqTableClasses(DdlReader reader) {
        this.reader = reader;
    }

    /**
     * @return the generated files sorted by path; empty when the DDL has errors, which are then in
     *     {@code diagnostics}
     */
    public List<GeneratedFile> generate(List<Path> ddlFiles, String basePackage, Diagnostics diagnostics) {
        DdlReader.Reading reading = reader.readWithMeta(ddlFiles, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        return generate(reading, ddlFiles.isEmpty() ? "" : ddlFiles.get(0).toString(), basePackage, diagnostics);
    }

    /**
     * The table classes of a schema already read, from DDL files or a live database.
     *
     * @param source where the schema came from, for the message when jOOQ fails
     */
    public static List<GeneratedFile> generate(DdlReader.Reading reading, String source, String basePackage,
            Diagnostics diagnostics) {
        String key = UUID.randomUUID().toString();
        Path directory = null;
        try {
            directory = Files.createTempDirectory("keel-jooq");
            InterpretedMetaDatabase.handOver(key,
                    new InterpretedMetaDatabase.Handover(reading.meta(), reading.schema()));
            GenerationTool.generate(configuration(reading.schema(), basePackage + ".db", directory, key));
            return collect(directory);
        } catch (Exception e) {
            diagnostics.error(source, 0, "", "jOOQ could not generate the table classes: " + e.getMessage());
            return List.of();
        } finally {
            InterpretedMetaDatabase.release(key);
            deleteQuietly(directory);
        }
    }

    private static Configuration configuration(DatabaseSchema schema, String packageName, Path directory,
            String key) {
        Database database = new Database()
                .withName(InterpretedMetaDatabase.class.getName())
                .withProperties(new Property().withKey(InterpretedMetaDatabase.HANDOVER_KEY).withValue(key))
                .withIncludes(".*")
                .withUnsignedTypes(false)
                .withForcedTypes(mySqlEnumsAsStrings(schema));
        if (schema.dialect() == SqlDialect.POSTGRES) {
            database.withSchemata(new SchemaMappingType().withInputSchema("public").withOutputSchemaToDefault(true));
        }
        Generate generate = new Generate()
                .withGeneratedAnnotation(false)
                .withGeneratedAnnotationDate(false)
                .withGeneratedAnnotationJooqVersion(false)
                .withGeneratedSerialVersionUID(GeneratedSerialVersionUID.CONSTANT)
                .withJooqVersionReference(false)
                .withRecords(true)
                .withPojos(false)
                .withDaos(false)
                .withRoutines(false)
                .withSequences(false)
                .withJavaTimeTypes(true)
                .withNewline("\n")
                .withIndentation("    ");
        return new Configuration()
                .withLogging(Logging.ERROR)
                .withGenerator(new Generator()
                        .withName(JavaGenerator.class.getName())
                        .withDatabase(database)
                        .withGenerate(generate)
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(directory.toString())
                                .withEncoding("UTF-8")
                                .withClean(true)));
    }

    /**
     * jOOQ types a MySQL {@code ENUM(...)} column with an enum class it makes up at run time, which generated code
     * cannot import; Keel validates the values itself, so the column is a string.
     */
    private static List<ForcedType> mySqlEnumsAsStrings(DatabaseSchema schema) {
        List<ForcedType> forced = new ArrayList<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.kind() == ColumnKind.ENUM && column.sqlType().startsWith("enum(")) {
                    forced.add(new ForcedType().withName("VARCHAR")
                            .withIncludeExpression(Pattern.quote(table.name() + "." + column.name())));
                }
            }
        }
        return forced;
    }

    private static List<GeneratedFile> collect(Path directory) throws IOException {
        List<GeneratedFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.add(new GeneratedFile("java/" + relative, Files.readAllBytes(path)));
            }
        }
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return files;
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless.
        }
    }
}
