package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.BEARER_TOKEN_ERRORS;
import static dev.keel.core.emit.security.SecurityTypes.BEARER_TOKEN_RESOLVER;
import static dev.keel.core.emit.security.SecurityTypes.OAUTH2_AUTHENTICATION_EXCEPTION;
import static dev.keel.core.emit.security.SecurityTypes.SERVLET_REQUEST;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code HeaderTokenResolver} when a scheme puts the token somewhere Spring Security's own resolver does not
 * look: another header, or another word than {@code Bearer} before it ({@code Authorization: Token <jwt>}).
 */
final class HeaderTokenResolverEmitter extends SecurityTypeEmitter {

    @Override
    String simpleName() {
        return HEADER_TOKEN_RESOLVER;
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return api.isSecured() && !TokenLocation.onlyStandardBearer(api);
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName location = self.nestedClass("Location");
        CodeBlock.Builder locations = CodeBlock.builder().add("$T.of(", List.class);
        List<TokenLocation> declared = TokenLocation.of(context.api());
        for (int i = 0; i < declared.size(); i++) {
            locations.add(i == 0 ? "\n" : ",\n").add("new $T($S, $S)", location, declared.get(i).header(),
                    declared.get(i).prefix());
        }
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(BEARER_TOKEN_RESOLVER)
                .addJavadoc("""
                        Reads the access token from where the contract's security schemes put it. A header that is absent
                        or starts with another word is skipped; a token with characters no JWT has is rejected as
                        malformed.
                        """)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(List.class), location), "LOCATIONS",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer(locations.add(")").build())
                        .build())
                .addField(FieldSpec.builder(Pattern.class, "TOKEN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.compile($S)", Pattern.class, "[A-Za-z0-9._~+/-]+=*")
                        .build())
                .addType(TypeSpec.recordBuilder(location)
                        .addModifiers(Modifier.STATIC)
                        .addJavadoc("A header and the word before the token in it; \"\" when the header holds only the token.\n")
                        .recordConstructor(MethodSpec.constructorBuilder()
                                .addParameter(String.class, "header")
                                .addParameter(String.class, "prefix")
                                .build())
                        .build())
                .addMethod(resolve(location));
    }

    private static MethodSpec resolve(ClassName location) {
        return MethodSpec.methodBuilder("resolve")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(SERVLET_REQUEST, "request")
                .beginControlFlow("for ($T location : LOCATIONS)", location)
                .addStatement("String value = request.getHeader(location.header())")
                .addStatement("String start = location.prefix().isEmpty() ? $S : location.prefix() + $S", "", " ")
                .beginControlFlow("if (value == null || !value.regionMatches(true, 0, start, 0, start.length()))")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("String token = value.substring(start.length()).trim()")
                .beginControlFlow("if (!TOKEN.matcher(token).matches())")
                .addStatement("throw new $T($T.invalidToken($S))", OAUTH2_AUTHENTICATION_EXCEPTION, BEARER_TOKEN_ERRORS,
                        "The access token is malformed")
                .endControlFlow()
                .addStatement("return token")
                .endControlFlow()
                .addStatement("return null")
                .build();
    }
}
