package dev.keel.core.emit.contracttest;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.Tag;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Per tag, a JUnit 5 class with one test per constraint of its operations: a request breaking just that constraint
 * must be answered 400 problem+json naming the field. The class extends the user's {@code ContractTestBase}.
 */
final class ValidationTestEmitter extends JavaEmitter<Tag> {

    /** Runs of one character at least this long are written as {@code "a".repeat(n)}, not spelled out. */
    static final int SHORTEST_REPEAT = 32;

    @Override
    protected List<Tag> inputs(EmitContext context) {
        NegativeCases cases = new NegativeCases(context.api());
        return context.api().tags().stream()
                .filter(tag -> context.api().operationsTagged(tag.name()).stream()
                        .anyMatch(operation -> !cases.of(operation).isEmpty()))
                .toList();
    }

    @Override
    protected String packageName(Tag tag, EmitContext context) {
        return ContractTestTypes.packageName(context);
    }

    @Override
    protected TypeSpec.Builder write(Tag tag, EmitContext context) {
        TypeSpec.Builder type = TypeSpec.classBuilder(tag.javaName() + "ValidationTest")
                .addModifiers(Modifier.PUBLIC)
                .superclass(ContractTestTypes.base(context))
                .addJavadoc("Every constraint of the $S operations, broken one at a time: each request must be\n"
                        + "answered 400 {@code application/problem+json} naming the field. Operations for which Keel\n"
                        + "cannot make an otherwise valid request get no test.\n", tag.name());
        NegativeCases cases = new NegativeCases(context.api());
        context.api().operationsTagged(tag.name()).forEach(operation -> cases.of(operation)
                .forEach(negativeCase -> type.addMethod(test(negativeCase, context))));
        return type;
    }

    private static MethodSpec test(NegativeCases.NegativeCase negativeCase, EmitContext context) {
        CodeBlock body = negativeCase.body().map(ValidationTestEmitter::javaString).orElse(CodeBlock.of("null"));
        return MethodSpec.methodBuilder(negativeCase.method())
                .addAnnotation(ContractTestTypes.TEST)
                .addAnnotation(AnnotationSpec.builder(ContractTestTypes.DISPLAY_NAME)
                        .addMember("value", "$S", negativeCase.displayName()).build())
                .addStatement("$T.assertRejected(this, $S, $L, $S, $S,$W$L, $S)", ContractTestTypes.requests(context),
                        negativeCase.operationId(), negativeCase.authenticated(), negativeCase.httpMethod(),
                        negativeCase.pathAndQuery(), body, negativeCase.field())
                .build();
    }

    /** The text as a Java expression; long runs of one character become {@code repeat} calls, keeping sources small. */
    static CodeBlock javaString(String text) {
        CodeBlock.Builder code = CodeBlock.builder();
        int literalStart = 0;
        int i = 0;
        boolean first = true;
        while (i < text.length()) {
            int runEnd = i;
            while (runEnd < text.length() && text.charAt(runEnd) == text.charAt(i)) {
                runEnd++;
            }
            if (runEnd - i >= SHORTEST_REPEAT) {
                first = appendLiteral(code, text.substring(literalStart, i), first);
                code.add(first ? "" : " + ").add("$S.repeat($L)", String.valueOf(text.charAt(i)), runEnd - i);
                first = false;
                literalStart = runEnd;
            }
            i = runEnd;
        }
        first = appendLiteral(code, text.substring(literalStart), first);
        if (first) {
            code.add("$S", "");
        }
        return code.build();
    }

    private static boolean appendLiteral(CodeBlock.Builder code, String literal, boolean first) {
        if (literal.isEmpty()) {
            return first;
        }
        code.add(first ? "$S" : " + $S", literal);
        return false;
    }
}
