package dev.keel.core.emit.ops;

import static dev.keel.core.emit.ops.OpsTypes.COMPONENT;
import static dev.keel.core.emit.ops.OpsTypes.MDC;
import static dev.keel.core.emit.ops.OpsTypes.ONCE_PER_REQUEST_FILTER;
import static dev.keel.core.emit.ops.OpsTypes.ORDER;
import static dev.keel.core.emit.ops.OpsTypes.ORDERED;
import static dev.keel.core.emit.ops.OpsTypes.SERVLET_REQUEST;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.ops.RequestIdFilter}: the first filter of every request. It takes the client's
 * {@code X-Request-Id} when it is a short plain token, else makes a UUID, echoes it in the response header and keeps
 * it in the logging MDC for every log line of the request (error dispatches included).
 */
final class RequestIdFilterEmitter extends JavaEmitter<EmitContext> {

    /** At most 128 letters, digits and {@code ._:-}: safe to log, to echo in a header and to put in JSON. */
    static final String SAFE_REQUEST_ID = "[A-Za-z0-9._:-]{1,128}";

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return OpsNames.opsPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName self = OpsNames.opsClass(context, OpsNames.REQUEST_ID_FILTER);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .superclass(ONCE_PER_REQUEST_FILTER)
                .addAnnotation(COMPONENT)
                .addAnnotation(AnnotationSpec.builder(ORDER)
                        .addMember("value", "$T.HIGHEST_PRECEDENCE", ORDERED).build())
                .addJavadoc("""
                        Gives every request an id: the client's {@code X-Request-Id} when it is 1 to 128 letters, digits
                        or {@code ._:-}, else a new UUID. The id is echoed in the response's {@code X-Request-Id}, kept in
                        the logging MDC under {@code $L} so every log line of the request carries it, and put in problem
                        bodies as {@code requestId}. Runs before Spring Security, so rejected requests have one too.
                        """, OpsNames.REQUEST_ID_MDC_KEY)
                .addField(constant(String.class, "HEADER", "$S", "X-Request-Id"))
                .addField(constant(String.class, "MDC_KEY", "$S", OpsNames.REQUEST_ID_MDC_KEY))
                .addField(constant(String.class, "ATTRIBUTE", "$T.class.getName() + $S", self, ".requestId"))
                .addField(FieldSpec.builder(Pattern.class, "SAFE_REQUEST_ID", Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("$T.compile($S)", Pattern.class, SAFE_REQUEST_ID).build())
                .addMethod(MethodSpec.methodBuilder("shouldNotFilterErrorDispatch")
                        .addJavadoc("The error controller's dispatch logs under the same id.\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(boolean.class)
                        .addStatement("return false")
                        .build())
                .addMethod(doFilterInternal())
                .addMethod(MethodSpec.methodBuilder("requestId")
                        .addJavadoc("The id of this request: the one already given, the client's when safe, or a new one.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(String.class)
                        .addParameter(SERVLET_REQUEST, "request")
                        .addStatement("$T known = request.getAttribute(ATTRIBUTE)", Object.class)
                        .beginControlFlow("if (known instanceof String)")
                        .addStatement("return (String) known")
                        .endControlFlow()
                        .addStatement("String sent = request.getHeader(HEADER)")
                        .beginControlFlow("if (sent != null && SAFE_REQUEST_ID.matcher(sent).matches())")
                        .addStatement("return sent")
                        .endControlFlow()
                        .addStatement("return $T.randomUUID().toString()", UUID.class)
                        .build());
    }

    private static MethodSpec doFilterInternal() {
        return SpringMembers.doFilterInternal()
                .addStatement("String requestId = requestId(request)")
                .addStatement("request.setAttribute(ATTRIBUTE, requestId)")
                .addStatement("response.setHeader(HEADER, requestId)")
                .addStatement("String outer = $T.get(MDC_KEY)", MDC)
                .addStatement("$T.put(MDC_KEY, requestId)", MDC)
                .beginControlFlow("try")
                .addStatement("chain.doFilter(request, response)")
                .nextControlFlow("finally")
                .beginControlFlow("if (outer == null)")
                .addStatement("$T.remove(MDC_KEY)", MDC)
                .nextControlFlow("else")
                .addStatement("$T.put(MDC_KEY, outer)", MDC)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object... args) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, args).build();
    }
}
