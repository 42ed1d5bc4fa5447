package dev.keel.core.emit.cache;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.SpringMembers;
import dev.keel.core.model.bind.Bindings;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/** Writes {@code CacheProperties}, the settings under {@code keel.cache}. */
final class CachePropertiesEmitter extends CacheTypeEmitter {

    static final String PREFIX = "keel.cache";

    CachePropertiesEmitter(Bindings bindings) {
        super(bindings);
    }

    @Override
    String simpleName() {
        return PROPERTIES;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        ClassName local = self.nestedClass("Local");
        ClassName redis = self.nestedClass("Redis");
        return TypeSpec.recordBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CacheTypes.CONFIGURATION_PROPERTIES)
                        .addMember("value", "$S", PREFIX).build())
                .addJavadoc("""
                        The cache settings under {@code $L}. Reads of the generated services are cached in two levels: a
                        bounded Caffeine cache in each instance and Redis shared by every instance.

                        @param enabled false turns caching off: every read goes to the database
                        @param ttl how long Redis keeps a cached read, unless the operation's {@code x-keel-cache} says
                        @param local the cache in this instance's memory
                        @param redis how the shared cache in Redis is reached
                        """, PREFIX)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(TypeName.BOOLEAN, "enabled", "true"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "ttl", "10m"))
                        .addParameter(SpringMembers.defaulted(local, "local", null))
                        .addParameter(SpringMembers.defaulted(redis, "redis", null))
                        .build())
                .addType(localType(local))
                .addType(redisType(redis));
    }

    private static TypeSpec localType(ClassName local) {
        return TypeSpec.recordBuilder(local)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The first level, in this instance's memory. Its entries are dropped when another instance writes
                        (through Redis pub/sub), and not used while Redis cannot be reached, when those messages cannot
                        arrive.

                        @param enabled false keeps cached reads in Redis only
                        @param maxEntries how many reads each cache keeps at most
                        @param ttl how long a read is kept, at most 5m
                        """)
                .addField(com.palantir.javapoet.FieldSpec.builder(Duration.class, "MAX_TTL", Modifier.PUBLIC,
                        Modifier.STATIC, Modifier.FINAL).initializer("$T.ofMinutes(5)", Duration.class).build())
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(TypeName.BOOLEAN, "enabled", "true"))
                        .addParameter(SpringMembers.defaulted(TypeName.LONG, "maxEntries", "10000"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "ttl", "30s"))
                        .build())
                .addMethod(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .beginControlFlow("if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0)")
                        .addStatement("throw new $T($S + ttl)", IllegalArgumentException.class,
                                PREFIX + ".local.ttl is more than 0 and at most 5m; found ")
                        .endControlFlow()
                        .beginControlFlow("if (maxEntries < 1)")
                        .addStatement("throw new $T($S + maxEntries)", IllegalArgumentException.class,
                                PREFIX + ".local.max-entries is at least 1; found ")
                        .endControlFlow()
                        .build())
                .build();
    }

    private static TypeSpec redisType(ClassName redis) {
        return TypeSpec.recordBuilder(redis)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        The second level, in the application's Redis. While Redis cannot be reached, reads go to the
                        database; the failure is logged and counted once a minute, and Redis is tried again every
                        {@code retryInterval}.

                        @param timeout how long a request waits for Redis before it reads the database instead
                        @param retryInterval how long after a failure Redis is skipped before it is tried again
                        @param keyPrefix what every key in Redis starts with, and the pub/sub channel's name
                        """)
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "timeout", "200ms"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(Duration.class), "retryInterval", "5s"))
                        .addParameter(SpringMembers.defaulted(ClassName.get(String.class), "keyPrefix", "keel:cache:"))
                        .build())
                .build();
    }
}
