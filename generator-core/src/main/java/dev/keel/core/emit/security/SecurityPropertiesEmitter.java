package dev.keel.core.emit.security;

import static dev.keel.core.emit.security.SecurityTypes.CONFIGURATION_PROPERTIES;
import static dev.keel.core.emit.security.SecurityTypes.DATA_SIZE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import dev.keel.core.emit.resources.ResourceEmitter;
import dev.keel.core.model.ApiModel;
import java.time.Duration;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code SecurityProperties}, the {@code keel.security.*} settings with their defaults: token lifetime,
 * issuer and audience, CORS origins and the Argon2id cost.
 */
final class SecurityPropertiesEmitter extends SecurityTypeEmitter {

    static final String PREFIX = "keel.security";
    static final String DEFAULT_ACCESS_TOKEN_TTL = "15m";
    static final String DEFAULT_ARGON2_MEMORY = "64MB";
    static final int DEFAULT_ARGON2_ITERATIONS = 3;
    static final int DEFAULT_ARGON2_PARALLELISM = 4;
    static final int DEFAULT_ARGON2_SALT_LENGTH = 16;
    static final int DEFAULT_ARGON2_HASH_LENGTH = 32;

    @Override
    String simpleName() {
        return SECURITY_PROPERTIES;
    }

    @Override
    boolean appliesTo(ApiModel api) {
        return api.isSecured();
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        String applicationName = ResourceEmitter.applicationName(context.api().title());
        ClassName cors = self.nestedClass("Cors");
        ClassName argon2 = self.nestedClass("Argon2");
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION_PROPERTIES).addMember("value", "$S", PREFIX).build())
                .addJavadoc("""
                        The security settings under {@code $L}; every one has a default.

                        @param accessTokenTtl how long an issued access token is valid ({@code access-token-ttl})
                        @param issuer the {@code iss} claim of issued tokens, which every presented token must carry
                        @param audience the {@code aud} claim of issued tokens, which every presented token must include
                        @param cors the browser origins allowed to call the API
                        @param argon2 the cost of hashing a password
                        """, PREFIX)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "accessTokenTtl", DEFAULT_ACCESS_TOKEN_TTL))
                        .addParameter(SpringMembers.defaulted(ClassName.get(String.class), "issuer", applicationName))
                        .addParameter(SpringMembers.defaulted(ClassName.get(String.class), "audience", applicationName))
                        .addParameter(SpringMembers.defaulted(cors, "cors", null))
                        .addParameter(SpringMembers.defaulted(argon2, "argon2", null))
                        .build())
                .addType(corsType(cors))
                .addType(argon2Type(argon2));
    }

    private static TypeSpec corsType(ClassName cors) {
        return TypeSpec.recordBuilder(cors)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Cross-origin requests from browsers.

                        @param allowedOrigins origins allowed to call the API, e.g. {@code https://app.example.com};
                            none by default, so browsers refuse every cross-origin call
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(ParameterizedTypeName.get(List.class, String.class), "allowedOrigins", null))
                        .build())
                .build();
    }

    private static TypeSpec argon2Type(ClassName argon2) {
        return TypeSpec.recordBuilder(argon2)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Argon2id parameters. The defaults cost about 64 MiB and tens of milliseconds per hash; tests can
                        lower them.

                        @param memory memory per hash
                        @param iterations passes over the memory
                        @param parallelism lanes computed in parallel
                        @param saltLength random salt bytes per hash
                        @param hashLength bytes of the stored hash
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(DATA_SIZE, "memory", DEFAULT_ARGON2_MEMORY))
                        .addParameter(SpringMembers.defaulted(TypeName.INT, "iterations", String.valueOf(DEFAULT_ARGON2_ITERATIONS)))
                        .addParameter(SpringMembers.defaulted(TypeName.INT, "parallelism", String.valueOf(DEFAULT_ARGON2_PARALLELISM)))
                        .addParameter(SpringMembers.defaulted(TypeName.INT, "saltLength", String.valueOf(DEFAULT_ARGON2_SALT_LENGTH)))
                        .addParameter(SpringMembers.defaulted(TypeName.INT, "hashLength", String.valueOf(DEFAULT_ARGON2_HASH_LENGTH)))
                        .build())
                .build();
    }
}
