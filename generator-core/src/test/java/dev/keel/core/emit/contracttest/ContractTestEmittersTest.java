package dev.keel.core.emit.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The negative tests generated for the sample contract: which requests they send, and that they compile. */
class ContractTestEmittersTest {

    private static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");

    private static List<GeneratedFile> generate() {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(SPEC, diagnostics);
        KeelConfig config = new KeelConfig(SPEC, List.of(), "com.example.app", Path.of("unused"), Optional.empty());
        return ContractTestEmitters.emit(new EmitContext(api, config));
    }

    private static Map<String, String> byPath(List<GeneratedFile> files) {
        // Statements are joined onto one line, however JavaPoet wrapped them.
        return files.stream().collect(Collectors.toMap(GeneratedFile::relativePath,
                file -> file.contentAsString().replaceAll(",\\s*\\n\\s*", ", ")));
    }

    @Test
    void oneValidationTestPerTagPlusTheClientInterfaceAndTheRequests() {
        assertThat(generate()).extracting(GeneratedFile::relativePath).containsExactly(
                "java/com/example/app/contract/AuthValidationTest.java",
                "java/com/example/app/contract/ContractRequests.java",
                "java/com/example/app/contract/KeelTestClient.java",
                "java/com/example/app/contract/ProjectsValidationTest.java");
    }

    @Test
    void eachConstraintIsBrokenAloneInAnOtherwiseValidRequest() {
        String projects = byPath(generate()).get("java/com/example/app/contract/ProjectsValidationTest.java");

        assertThat(projects).contains("public class ProjectsValidationTest extends ContractTestBase");
        assertThat(projects).contains(
                "assertRejected(this, \"createProject\", true, \"POST\", \"/api/v1/projects\", \"{\\\"name\\\":\\\"aa\\\"}\", \"name\")",
                "\"POST\", \"/api/v1/projects\", \"{\\\"name\\\":\\\"\" + \"a\".repeat(101) + \"\\\"}\", \"name\")",
                "\"POST\", \"/api/v1/projects\", \"{\\\"name\\\":\\\"!!!\\\"}\", \"name\")",
                "\"POST\", \"/api/v1/projects\", \"{}\", \"name\")",
                "\"{\\\"name\\\":\\\"abc\\\",\\\"status\\\":\\\"not-a-valid-value\\\"}\", \"status\")",
                "\"GET\", \"/api/v1/projects?limit=101\", null, \"limit\")",
                "\"GET\", \"/api/v1/projects?limit=0\", null, \"limit\")",
                "\"GET\", \"/api/v1/projects?page=0\", null, \"page\")",
                "\"GET\", \"/api/v1/projects/not-a-uuid\", null, \"id\")",
                "\"PUT\", \"/api/v1/projects/" + SampleValues.UUID + "\", \"{\\\"status\\\":\\\"active\\\"}\", \"name\")");
        assertThat(projects).contains("@DisplayName(\"createProject: name shorter than 3 is rejected\")",
                "void createProject_name_minLength()");
    }

    @Test
    void anonymousOperationsSendNoTokenAndEmailFormatIsBroken() {
        String auth = byPath(generate()).get("java/com/example/app/contract/AuthValidationTest.java");

        assertThat(auth).contains("assertRejected(this, \"register\", false, \"POST\", \"/api/v1/auth/register\", "
                + "\"{\\\"password\\\":\\\"abcabcab\\\",\\\"name\\\":\\\"abc\\\",\\\"email\\\":\\\"not-an-email\\\"}\", \"email\")");
        assertThat(auth).contains("\\\"email\\\":\\\"\" + \"u\".repeat(243) + \"@example.com\\\"}\", \"email\")");
        assertThat(auth).doesNotContain("getProfile");
    }

    @Test
    void generatedTestsCompileAgainstAUserBaseClass() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : generate()) {
            String name = file.relativePath().substring("java/".length()).replace('/', '.').replaceAll("\\.java$", "");
            sources.add(JavaFileObjects.forSourceString(name, file.contentAsString()));
        }
        sources.add(JavaFileObjects.forSourceString("com.example.app.contract.ContractTestBase", String.join("\n",
                "package com.example.app.contract;",
                "public abstract class ContractTestBase implements KeelTestClient {",
                "    public String baseUrl() { return \"http://localhost:8080\"; }",
                "    public String bearerToken(String operationId) { return \"token\"; }",
                "}")));

        Compilation compilation = Compiler.javac().withOptions("-Xlint:none").compile(sources);

        CompilationSubject.assertThat(compilation).succeeded();
    }

    @Test
    void valuesBreakOnlyTheirConstraint() {
        var constraints = new dev.keel.core.model.Constraints(Optional.of(3), Optional.of(10),
                Optional.of("^[a-z]+-[0-9]+$"), Optional.empty(), false, Optional.empty(), false, Optional.empty(),
                Optional.empty(), false, Map.of());
        SampleValues values = new SampleValues(null);

        assertThat(values.validString(constraints, Optional.empty())).contains("abc-123");
        assertThat(values.validString(constraints, Optional.of("\"ab-1\""))).contains("ab-1");
        assertThat(values.validString(constraints, Optional.of("\"toolongvalue-1\""))).contains("abc-123");
    }
}
