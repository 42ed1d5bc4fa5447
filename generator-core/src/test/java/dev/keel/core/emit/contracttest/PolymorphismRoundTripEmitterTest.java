package dev.keel.core.emit.contracttest;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.keel.core.Keel;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.UnionSchema;
import dev.keel.core.openapi.OpenApiReader;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The round-trip tests generated for the fidelity contract's polymorphic schemas: one per variant, compiled with
 * the generated application and run here, passing as generated and failing when a discriminator names the wrong
 * record. (The JUnit Platform launcher is not on this module's test classpath, so the generated test methods are
 * invoked reflectively, as the Jupiter engine would.)
 */
class PolymorphismRoundTripEmitterTest {

    private static final Path SPEC = Path.of("src/test/resources/fidelity/openapi.yaml");
    private static final String BASE = "dev.keel.fidelity.app";
    private static final String TEST_CLASS = BASE + ".contract." + PolymorphismRoundTripEmitter.CLASS_NAME;

    private record Generated(ApiModel api, List<GeneratedFile> main, List<GeneratedFile> tests) {
    }

    private static Generated generate() {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(SPEC, diagnostics);
        diagnostics.throwIfErrors("read contract");
        KeelConfig config = new KeelConfig(SPEC, List.of(), BASE, Path.of("unused"), Optional.empty());
        EmitContext context = new EmitContext(api, config);
        return new Generated(api, Keel.emit(context), ContractTestEmitters.emit(context));
    }

    private static int variants(ApiModel api) {
        return api.schemas().stream().filter(UnionSchema.class::isInstance).map(UnionSchema.class::cast)
                .mapToInt(union -> union.variants().size()).sum();
    }

    private static String roundTripSource(Generated generated) {
        return generated.tests().stream()
                .filter(file -> file.relativePath().endsWith("/" + PolymorphismRoundTripEmitter.CLASS_NAME + ".java"))
                .findFirst().orElseThrow().contentAsString();
    }

    /** The outcome of every {@code @Test} of the generated class: its name and its failure, if any. */
    private static Map<String, Throwable> run(Generated generated, UnaryOperator<String> tamperMain) throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        for (GeneratedFile file : generated.main()) {
            if (file.relativePath().endsWith(".java")) {
                sources.add(source(file.relativePath(), tamperMain.apply(file.contentAsString())));
            }
        }
        for (GeneratedFile file : generated.tests()) {
            sources.add(source(file.relativePath(), file.contentAsString()));
        }
        sources.add(JavaFileObjects.forSourceString(BASE + ".contract.ContractTestBase", String.join("\n",
                "package " + BASE + ".contract;",
                "public abstract class ContractTestBase implements KeelTestClient {",
                "    public String baseUrl() { return \"http://localhost:8080\"; }",
                "    public String bearerToken(String operationId) { return \"token\"; }",
                "}")));
        Compilation compilation = Compiler.javac().withOptions("-parameters", "-Xlint:none").compile(sources);
        CompilationSubject.assertThat(compilation).succeeded();
        Path classes = Files.createTempDirectory("keel-roundtrip-classes");
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.getName();
            Path target = classes.resolve(name.substring(name.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.write(target, in.readAllBytes());
            }
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                PolymorphismRoundTripEmitterTest.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> testClass = loader.loadClass(TEST_CLASS);
            assertThat(testClass.getSuperclass()).isEqualTo(Object.class);
            Map<String, Throwable> outcomes = new LinkedHashMap<>();
            for (Method method : testClass.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Test.class)) {
                    continue;
                }
                Throwable failure = null;
                try {
                    method.invoke(testClass.getConstructor().newInstance());
                } catch (InvocationTargetException e) {
                    failure = e.getCause();
                }
                outcomes.put(method.getName(), failure);
            }
            return outcomes;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static JavaFileObject source(String relativePath, String content) {
        String name = relativePath.substring("java/".length()).replace('/', '.').replaceAll("\\.java$", "");
        return JavaFileObjects.forSourceString(name, content);
    }

    /**
     * One test per variant Keel can make a valid object of: all but the card payment of {@code Drawing.payment},
     * whose {@code ^[0-9]{16}$} none of the sample strings matches (such variants are left out, as the negative
     * tests leave out requests Keel cannot make valid).
     */
    @Test
    void oneTestPerVariantOfEveryUnion() {
        Generated generated = generate();
        String source = roundTripSource(generated);

        assertThat(variants(generated.api())).isEqualTo(10);
        assertThat(source.split("@Test", -1)).hasSize(variants(generated.api()) - 1 + 1);
        assertThat(source).contains("void vehicle_Car()", "void vehicle_Bike()", "void pet_Cat()", "void pet_Dog()",
                "void shape_Circle()", "void shape_Square()", "void maybeShape_Circle()", "void maybeShape_Square()",
                "void drawingPayment_DrawingPaymentOption2()");
        assertThat(source).contains("\"{\\\"petType\\\":\\\"cat\\\",");
        assertThat(source).doesNotContain("DrawingPaymentOption1");
        assertThat(source).contains("public class PolymorphismRoundTripTest {");
        assertThat(source).doesNotContain("ContractTestBase");
    }

    @Test
    void theGeneratedRoundTripsPassAgainstTheGeneratedModel() throws Exception {
        Generated generated = generate();

        Map<String, Throwable> outcomes = run(generated, UnaryOperator.identity());

        assertThat(outcomes).hasSize(variants(generated.api()) - 1);
        outcomes.forEach((test, failure) -> assertThat(failure).as(test).isNull());
    }

    @Test
    void aDiscriminatorNamingTheWrongRecordFailsItsVariantsTest() throws Exception {
        Generated generated = generate();
        Pattern dog = Pattern.compile("Dog\\.class,(\\s*)name = \"dog\"");
        UnaryOperator<String> dogIsACat = source -> source.contains("interface Pet")
                ? dog.matcher(source).replaceFirst("Cat.class,$1name = \"dog\"") : source;
        assertThat(generated.main().stream().map(GeneratedFile::contentAsString).map(dogIsACat)
                .anyMatch(source -> source.contains("Cat.class, name = \"dog\""))).isTrue();

        Map<String, Throwable> outcomes = run(generated, dogIsACat);

        assertThat(outcomes.get("pet_Dog")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Dog").hasMessageContaining("Cat");
        outcomes.forEach((test, failure) -> {
            if (!test.equals("pet_Dog")) {
                assertThat(failure).as(test).isNull();
            }
        });
    }
}
