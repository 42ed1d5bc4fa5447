package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.BEAN;
import static dev.keel.core.emit.security.SecurityTypes.CONVERTER;
import static dev.keel.core.emit.security.SecurityTypes.ENVIRONMENT;
import static dev.keel.core.emit.security.SecurityTypes.JWS_ALGORITHM;
import static dev.keel.core.emit.security.SecurityTypes.JWT_CLAIM_NAMES;
import static dev.keel.core.emit.security.SecurityTypes.JWT_DECODER;
import static dev.keel.core.emit.security.SecurityTypes.JWT_ENCODER;
import static dev.keel.core.emit.security.SecurityTypes.LOGGER;
import static dev.keel.core.emit.security.SecurityTypes.LOGGER_FACTORY;
import static dev.keel.core.emit.security.SecurityTypes.MAC_ALGORITHM;
import static dev.keel.core.emit.security.SecurityTypes.MAPPED_JWT_CLAIM_SET_CONVERTER;
import static dev.keel.core.emit.security.SecurityTypes.NIMBUS_JWT_DECODER;
import static dev.keel.core.emit.security.SecurityTypes.NIMBUS_JWT_ENCODER;
import static dev.keel.core.emit.security.SecurityTypes.RSA_KEY_CONVERTERS;
import static dev.keel.core.emit.security.SecurityTypes.SIGNATURE_ALGORITHM;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code JwtKeys}: the key access tokens are signed and verified with, chosen once at start-up, and the
 * {@code JwtEncoder} and {@code JwtDecoder} beans built from it. A missing or weak key stops the application with a
 * message naming the variable to set.
 */
final class JwtKeysEmitter extends SecurityTypeEmitter {

    static final String SECRET = "KEEL_JWT_SECRET";
    static final String PUBLIC_KEY = "KEEL_JWT_PUBLIC_KEY";
    static final String PRIVATE_KEY = "KEEL_JWT_PRIVATE_KEY";
    static final String PROD_PROFILE = "prod";
    static final int MIN_SECRET_BYTES = 32;

    private static final ClassName CONVERTER = ClassName.get("org.springframework.core.convert.converter", "Converter");

    @Override
    String simpleName() {
        return JWT_KEYS;
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return api.isSecured();
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName properties = securityClass(context, SECURITY_PROPERTIES);
        ClassName tokens = securityClass(context, TOKEN_SERVICE);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(configuration())
                .addJavadoc("""
                        The key access tokens are signed and verified with, chosen at start-up: an RS256 key pair from
                        {@code $L} and {@code $L} (PEM),
                        else an HS256 secret from {@code $L} (at least $L bytes),
                        else, outside the {@code $L} profile, a random secret that lives as long as the process.
                        Each is read from the environment or a property of the same name.
                        """, PUBLIC_KEY, PRIVATE_KEY, SECRET, MIN_SECRET_BYTES, PROD_PROFILE)
                .addField(constant(String.class, "SECRET", "$S", SECRET))
                .addField(constant(String.class, "PUBLIC_KEY", "$S", PUBLIC_KEY))
                .addField(constant(String.class, "PRIVATE_KEY", "$S", PRIVATE_KEY))
                .addField(constant(String.class, "PROD_PROFILE", "$S", PROD_PROFILE))
                .addField(constant(int.class, "MIN_SECRET_BYTES", "$L", MIN_SECRET_BYTES))
                .addField(FieldSpec.builder(LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class)", LOGGER_FACTORY, self)
                        .build())
                .addField(SecretKey.class, "secret", Modifier.PRIVATE, Modifier.FINAL)
                .addField(RSAPublicKey.class, "publicKey", Modifier.PRIVATE, Modifier.FINAL)
                .addField(RSAPrivateKey.class, "privateKey", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor())
                .addMethod(secret())
                .addMethod(pem())
                .addMethod(MethodSpec.methodBuilder("algorithm")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JWS_ALGORITHM)
                        .addJavadoc("The algorithm tokens are signed with: HS256 with a secret, RS256 with a key pair.\n")
                        .addStatement("return secret != null ? $T.HS256 : $T.RS256", MAC_ALGORITHM, SIGNATURE_ALGORITHM)
                        .build())
                .addMethod(MethodSpec.methodBuilder("jwtEncoder")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(JWT_ENCODER)
                        .beginControlFlow("if (secret != null)")
                        .addStatement("return $T.withSecretKey(secret).algorithm($T.HS256).build()", NIMBUS_JWT_ENCODER,
                                MAC_ALGORITHM)
                        .endControlFlow()
                        .addStatement("return $T.withKeyPair(publicKey, privateKey).build()", NIMBUS_JWT_ENCODER)
                        .build())
                .addMethod(decoder(properties, tokens));
    }

    private static FieldSpec constant(Class<?> type, String name, String format, Object value) {
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, value)
                .build();
    }

    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ENVIRONMENT, "environment")
                .addStatement("String publicPem = environment.getProperty(PUBLIC_KEY, $S).trim()", "")
                .addStatement("String privatePem = environment.getProperty(PRIVATE_KEY, $S).trim()", "")
                .beginControlFlow("if (publicPem.isEmpty() && privatePem.isEmpty())")
                .addStatement("this.secret = secret(environment.getProperty(SECRET, $S), environment)", "")
                .addStatement("this.publicKey = null")
                .addStatement("this.privateKey = null")
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if (publicPem.isEmpty() || privatePem.isEmpty())")
                .addStatement("throw new $T(PUBLIC_KEY + $S + PRIVATE_KEY + $S + (publicPem.isEmpty() ? PUBLIC_KEY : "
                        + "PRIVATE_KEY) + $S)", IllegalStateException.class, " and ", " go together: set ", " too")
                .endControlFlow()
                .addStatement("this.secret = null")
                .addStatement("this.publicKey = pem(publicPem, PUBLIC_KEY, $T.x509())", RSA_KEY_CONVERTERS)
                .addStatement("this.privateKey = pem(privatePem, PRIVATE_KEY, $T.pkcs8())", RSA_KEY_CONVERTERS)
                .build();
    }

    private static MethodSpec secret() {
        return MethodSpec.methodBuilder("secret")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(SecretKey.class)
                .addParameter(String.class, "text")
                .addParameter(ENVIRONMENT, "environment")
                .beginControlFlow("if (!text.isEmpty())")
                .addStatement("byte[] bytes = text.getBytes($T.UTF_8)", StandardCharsets.class)
                .beginControlFlow("if (bytes.length < MIN_SECRET_BYTES)")
                .addStatement("throw new $T(SECRET + $S + bytes.length + $S + MIN_SECRET_BYTES + $S)",
                        IllegalStateException.class, " is ", " bytes long; HS256 needs at least ",
                        ", e.g. the output of: openssl rand -base64 48")
                .endControlFlow()
                .addStatement("return new $T(bytes, $S)", SecretKeySpec.class, "HmacSHA256")
                .endControlFlow()
                .beginControlFlow("if (environment.matchesProfiles(PROD_PROFILE))")
                .addStatement("throw new $T($S + SECRET + $S + MIN_SECRET_BYTES + $S + PUBLIC_KEY + $S + PRIVATE_KEY + $S)",
                        IllegalStateException.class, "No key to sign access tokens with in the prod profile: set ",
                        " (at least ", " bytes) or ", " and ", " (PEM)")
                .endControlFlow()
                .addStatement("LOG.warn($S, SECRET, MIN_SECRET_BYTES)", "{} is not set: access tokens are signed with a "
                        + "random key made at start-up and stop working when the application restarts. Set it (at least "
                        + "{} bytes) for anything but development")
                .addStatement("byte[] random = new byte[MIN_SECRET_BYTES]")
                .addStatement("new $T().nextBytes(random)", SecureRandom.class)
                .addStatement("return new $T(random, $S)", SecretKeySpec.class, "HmacSHA256")
                .build();
    }

    private static MethodSpec pem() {
        TypeVariableName key = TypeVariableName.get("K");
        return MethodSpec.methodBuilder("pem")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(key)
                .returns(key)
                .addJavadoc("Reads a PEM key; a value whose line breaks were written as {@code \\n} is read too.\n")
                .addParameter(String.class, "pem")
                .addParameter(String.class, "variable")
                .addParameter(ParameterizedTypeName.get(CONVERTER, ClassName.get(InputStream.class), key), "converter")
                .addStatement("byte[] bytes = pem.replace($S, $S).getBytes($T.UTF_8)", "\\n", "\n",
                        StandardCharsets.class)
                .beginControlFlow("try")
                .addStatement("return converter.convert(new $T(bytes))", ByteArrayInputStream.class)
                .nextControlFlow("catch ($T e)", RuntimeException.class)
                .addStatement("throw new $T(variable + $S, e)", IllegalStateException.class,
                        " is not a PEM-encoded RSA key (BEGIN PUBLIC KEY for the public key, BEGIN PRIVATE KEY for the "
                                + "private key)")
                .endControlFlow()
                .build();
    }

    private static MethodSpec decoder(ClassName properties, ClassName tokens) {
        return MethodSpec.methodBuilder("jwtDecoder")
                .addAnnotation(BEAN)
                .addModifiers(Modifier.PUBLIC)
                .returns(JWT_DECODER)
                .addJavadoc("""
                        Accepts only tokens signed with this key and algorithm (so {@code alg: none} and other keys fail),
                        then applies {@link $T#accessTokenValidator}.
                        """, tokens)
                .addParameter(properties, "properties")
                .addStatement("$T decoder = secret != null\n"
                        + "? $T.withSecretKey(secret).macAlgorithm($T.HS256).build()\n"
                        + ": $T.withPublicKey(publicKey).signatureAlgorithm($T.RS256).build()", NIMBUS_JWT_DECODER,
                        NIMBUS_JWT_DECODER, MAC_ALGORITHM, NIMBUS_JWT_DECODER, SIGNATURE_ALGORITHM)
                .addComment("The issuer stays the string it was issued as: by default Spring tries it as a URL")
                .addComment("first, and one that is not (the application's name) costs an exception per request.")
                .addStatement("decoder.setClaimSetConverter($T.withDefaults(\n$T.<$T, $T<$T, ?>>of($T.ISS, issuer -> issuer)))",
                        MAPPED_JWT_CLAIM_SET_CONVERTER, Map.class, String.class, CONVERTER, Object.class,
                        JWT_CLAIM_NAMES)
                .addStatement("decoder.setJwtValidator($T.accessTokenValidator(properties))", tokens)
                .addStatement("return decoder")
                .build();
    }
}
