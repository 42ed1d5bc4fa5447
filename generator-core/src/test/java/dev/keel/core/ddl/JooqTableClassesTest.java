package dev.keel.core.ddl;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** jOOQ's table classes for the sample schema and a MySQL schema: compiled, deterministic, under java/.../db. */
class JooqTableClassesTest {

    private static final Path SAMPLE = Path.of("../sample-specs/projects/schema.sql");
    private static final Path MYSQL = Path.of("src/test/resources/ddl/mysql-shop.sql");

    @Test
    void sampleSchemaGivesTableRecordKeyAndIndexClasses() {
        List<GeneratedFile> files = generate(SAMPLE);

        assertThat(files).extracting(GeneratedFile::relativePath).containsExactly(
                "java/com/example/app/db/DefaultCatalog.java",
                "java/com/example/app/db/DefaultSchema.java",
                "java/com/example/app/db/Indexes.java",
                "java/com/example/app/db/Keys.java",
                "java/com/example/app/db/Tables.java",
                "java/com/example/app/db/tables/Projects.java",
                "java/com/example/app/db/tables/Users.java",
                "java/com/example/app/db/tables/records/ProjectsRecord.java",
                "java/com/example/app/db/tables/records/UsersRecord.java");
        String keys = content(files, "Keys.java");
        assertThat(keys).contains("DSL.name(\"users_email_key\")", "DSL.name(\"projects_user_id_fkey\")",
                "Keys.USERS_PKEY");
        assertThat(content(files, "Indexes.java")).contains("Projects.PROJECTS.CREATED_AT.desc()");
        assertThat(content(files, "Users.java")).contains("\"role in ('user', 'admin')\"");
    }

    @Test
    void generatedSourcesCarryNoDateNorGeneratedAnnotation() {
        List<GeneratedFile> files = generate(SAMPLE);

        assertThat(files).allSatisfy(file -> assertThat(file.contentAsString())
                .doesNotContain("@Generated", "date = ", "jOOQ version"));
        assertThat(generate(SAMPLE)).isEqualTo(files);
    }

    @Test
    void sampleSchemaClassesCompileAgainstJooq() {
        assertThat(compile(generate(SAMPLE))).succeeded();
    }

    @Test
    void mySqlSchemaClassesCompileAgainstJooq() {
        List<GeneratedFile> files = generate(MYSQL);

        assertThat(content(files, "CustomersRecord.java")).contains("public Long getId()");
        assertThat(content(files, "Customers.java")).contains("TableField<CustomersRecord, String> STATUS");
        assertThat(compile(files)).succeeded();
    }

    @Test
    void postgresEnumJsonAndArrayColumnsCompile() {
        List<GeneratedFile> files = generate(Path.of("src/test/resources/ddl/postgres-features.sql"));

        assertThat(content(files, "EntriesRecord.java")).contains("public JSONB getDoc()", "public String[] getTags()");
        assertThat(compile(files)).succeeded();
    }

    @Test
    void ddlErrorsGiveNoFilesAndLocatedDiagnostics() {
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files = new JooqTableClasses(new DdlReader())
                .generate(List.of(Path.of("src/test/resources/ddl/syntax-error.sql")), "com.example.app", diagnostics);

        assertThat(files).isEmpty();
        assertThat(diagnostics.all()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.line()).isEqualTo(10));
    }

    private static List<GeneratedFile> generate(Path ddl) {
        Diagnostics diagnostics = new Diagnostics();
        List<GeneratedFile> files =
                new JooqTableClasses(new DdlReader()).generate(List.of(ddl), "com.example.app", diagnostics);
        assertThat(diagnostics.hasErrors()).as(diagnostics.all().toString()).isFalse();
        return files;
    }

    private static Compilation compile(List<GeneratedFile> files) {
        List<JavaFileObject> sources = files.stream()
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().substring("java/".length(), f.relativePath().length() - ".java".length())
                                .replace('/', '.'),
                        f.contentAsString()))
                .toList();
        return Compiler.javac().withOptions("-Xlint:none").compile(sources);
    }

    private static String content(List<GeneratedFile> files, String fileName) {
        return files.stream().filter(f -> f.relativePath().endsWith("/" + fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + fileName)).contentAsString();
    }
}
