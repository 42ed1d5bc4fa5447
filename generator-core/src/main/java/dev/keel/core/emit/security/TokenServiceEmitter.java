package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.COMPONENT;
import static dev.keel.core.emit.security.SecurityTypes.DELEGATING_TOKEN_VALIDATOR;
import static dev.keel.core.emit.security.SecurityTypes.JWS_ALGORITHM;
import static dev.keel.core.emit.security.SecurityTypes.JWS_HEADER;
import static dev.keel.core.emit.security.SecurityTypes.JWT;
import static dev.keel.core.emit.security.SecurityTypes.JWT_AUDIENCE_VALIDATOR;
import static dev.keel.core.emit.security.SecurityTypes.JWT_CLAIMS_SET;
import static dev.keel.core.emit.security.SecurityTypes.JWT_CLAIM_NAMES;
import static dev.keel.core.emit.security.SecurityTypes.JWT_CLAIM_VALIDATOR;
import static dev.keel.core.emit.security.SecurityTypes.JWT_ENCODER;
import static dev.keel.core.emit.security.SecurityTypes.JWT_ENCODER_PARAMETERS;
import static dev.keel.core.emit.security.SecurityTypes.JWT_ISSUER_VALIDATOR;
import static dev.keel.core.emit.security.SecurityTypes.JWT_TIMESTAMP_VALIDATOR;
import static dev.keel.core.emit.security.SecurityTypes.OAUTH2_TOKEN_VALIDATOR;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code TokenService}: issues access tokens with Spring Security's Nimbus encoder and states what a
 * presented access token must satisfy besides its signature.
 */
final class TokenServiceEmitter extends SecurityTypeEmitter {

    static final String ROLE_CLAIM = "role";
    static final String TYPE_CLAIM = "type";
    static final String ACCESS_TYPE = "access";

    @Override
    String simpleName() {
        return TOKEN_SERVICE;
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return api.isSecured();
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = securityClass(context, SECURITY_PROPERTIES);
        ClassName keys = securityClass(context, JWT_KEYS);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(COMPONENT)
                .addJavadoc("""
                        Issues signed access tokens. An access token carries {@code sub}, {@code $L}, {@code $L=$L},
                        {@code jti}, {@code iat}, {@code exp}, {@code iss} and {@code aud}; the application accepts a
                        presented token only when {@link #accessTokenValidator} passes it.
                        """, ROLE_CLAIM, TYPE_CLAIM, ACCESS_TYPE)
                .addField(constant("ROLE_CLAIM", ROLE_CLAIM))
                .addField(constant("TYPE_CLAIM", TYPE_CLAIM))
                .addField(constant("ACCESS_TYPE", ACCESS_TYPE))
                .addField(JWT_ENCODER, "encoder", Modifier.PRIVATE, Modifier.FINAL)
                .addField(JWS_ALGORITHM, "algorithm", Modifier.PRIVATE, Modifier.FINAL)
                .addField(properties, "properties", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(JWT_ENCODER, "encoder")
                        .addParameter(keys, "keys")
                        .addParameter(properties, "properties")
                        .addStatement("this.encoder = encoder")
                        .addStatement("this.algorithm = keys.algorithm()")
                        .addStatement("this.properties = properties")
                        .build())
                .addMethod(issueAccessToken())
                .addMethod(accessTokenValidator(properties));
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value)
                .build();
    }

    private static MethodSpec issueAccessToken() {
        return MethodSpec.methodBuilder("issueAccessToken")
                .addModifiers(Modifier.PUBLIC)
                .returns(JWT)
                .addJavadoc("""
                        A new access token for {@code subject} (the user's id) with {@code role}, valid for
                        {@code keel.security.access-token-ttl} from now; {@link $T#getTokenValue()} is what the client
                        sends back.
                        """, JWT)
                .addParameter(String.class, "subject")
                .addParameter(String.class, "role")
                .addStatement("$T now = $T.now()", Instant.class, Instant.class)
                .addStatement("""
                        $T claims = $T.builder()
                        .id($T.randomUUID().toString())
                        .subject(subject)
                        .issuer(properties.issuer())
                        .audience($T.of(properties.audience()))
                        .issuedAt(now)
                        .expiresAt(now.plus(properties.accessTokenTtl()))
                        .claim(ROLE_CLAIM, role)
                        .claim(TYPE_CLAIM, ACCESS_TYPE)
                        .build()""", JWT_CLAIMS_SET, JWT_CLAIMS_SET, UUID.class, List.class)
                .addStatement("return encoder.encode($T.from($T.with(algorithm).type($S).build(), claims))",
                        JWT_ENCODER_PARAMETERS, JWS_HEADER, "JWT")
                .build();
    }

    private static MethodSpec accessTokenValidator(ClassName properties) {
        ParameterizedTypeName validator = ParameterizedTypeName.get(OAUTH2_TOKEN_VALIDATOR, JWT);
        ParameterizedTypeName claimValidator = ParameterizedTypeName.get(JWT_CLAIM_VALIDATOR, ClassName.OBJECT);
        return MethodSpec.methodBuilder("accessTokenValidator")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(validator)
                .addJavadoc("""
                        What a presented token must satisfy once its signature is verified: not expired (an {@code exp} is
                        required), this application's issuer and audience, a subject, and {@code $L=$L}, so a refresh
                        token is never taken for an access token.
                        """, TYPE_CLAIM, ACCESS_TYPE)
                .addParameter(properties, "properties")
                .addStatement("$T lifetime = new $T()", JWT_TIMESTAMP_VALIDATOR, JWT_TIMESTAMP_VALIDATOR)
                .addStatement("lifetime.setAllowEmptyExpiryClaim(false)")
                .addStatement("""
                        return new $T<>(
                        lifetime,
                        new $T(properties.issuer()),
                        new $T(properties.audience()),
                        new $T($T.SUB, subject -> subject instanceof String text && !text.isBlank()),
                        new $T(TYPE_CLAIM, ACCESS_TYPE::equals))""", DELEGATING_TOKEN_VALIDATOR, JWT_ISSUER_VALIDATOR,
                        JWT_AUDIENCE_VALIDATOR, claimValidator, JWT_CLAIM_NAMES, claimValidator)
                .build();
    }
}
