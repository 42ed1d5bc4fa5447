package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/**
 * Base of the emitters of the {@code support} package: each writes exactly one type per application, named by
 * {@link #simpleName()}, so other emitters can refer to it before it is written.
 */
abstract class SupportTypeEmitter extends JavaEmitter<EmitContext> {

    static final String API_PROBLEM = "ApiProblemException";
    static final String NOT_IMPLEMENTED = "OperationNotImplementedException";
    static final String PATCH_REQUEST = "PatchRequest";
    static final String PATCH_REQUEST_READER = "PatchRequestReader";
    static final String PROBLEM_FACTORY = "ProblemFactory";
    static final String REQUEST_ERRORS = "RequestErrors";
    static final String JSON_BODY_ERRORS = "JsonBodyErrors";
    static final String JSON_FIELD_PATHS = "JsonFieldPaths";
    static final String BODY_LIMIT_FILTER = "RequestBodyLimitFilter";
    static final String YAML_FACTORY = "YamlPropertySourceFactory";

    abstract String simpleName();

    abstract TypeSpec.Builder write(ClassName self, EmitContext context);

    @Override
    protected final List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return context.supportPackage();
    }

    @Override
    protected final TypeSpec.Builder write(EmitContext input, EmitContext context) {
        return write(ClassName.get(packageName(input, context), simpleName()), context);
    }

    static ClassName fieldDetail(EmitContext context) {
        return context.supportClass(API_PROBLEM).nestedClass("FieldDetail");
    }

    static ClassName tooLargeException(EmitContext context) {
        return context.supportClass(BODY_LIMIT_FILTER).nestedClass("BodyTooLargeException");
    }
}
