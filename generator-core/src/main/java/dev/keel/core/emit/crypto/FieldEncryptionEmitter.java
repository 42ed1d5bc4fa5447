package dev.keel.core.emit.crypto;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.LibraryTypes;
import dev.keel.core.model.bind.Bindings;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * {@code <basePackage>.crypto.FieldEncryption}, when some stored property is {@code x-keel-encrypted}: AES-256-GCM
 * from the JDK's {@code javax.crypto}, a random 12-byte IV per value, the key id stored with the ciphertext (and
 * authenticated with it) so old values still decrypt after the active key changes. Stored form:
 * {@code keel1:<keyId>:<base64(iv + ciphertext + tag)>}.
 */
public final class FieldEncryptionEmitter extends JavaEmitter<EmitContext> {

    public static final String NAME = "FieldEncryption";
    public static final String KEYS_VARIABLE = "KEEL_ENCRYPTION_KEYS";
    public static final String ACTIVE_KEY_VARIABLE = "KEEL_ENCRYPTION_ACTIVE_KEY";

    private static final ClassName CIPHER = ClassName.get("javax.crypto", "Cipher");
    private static final ClassName SECRET_KEY = ClassName.get("javax.crypto", "SecretKey");
    private static final ClassName SECRET_KEY_SPEC = ClassName.get("javax.crypto.spec", "SecretKeySpec");
    private static final ClassName GCM_SPEC = ClassName.get("javax.crypto.spec", "GCMParameterSpec");
    private static final TypeName KEY_MAP = ParameterizedTypeName.get(ClassName.get(Map.class),
            ClassName.get(String.class), SECRET_KEY);

    private final Bindings bindings;

    public FieldEncryptionEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    /** True when a resource stores some property encrypted. */
    public static boolean applies(Bindings bindings) {
        return bindings.resources().stream().anyMatch(resource -> resource.resource().columns().stream()
                .anyMatch(column -> column.property().encrypted()));
    }

    public static ClassName encryptionClass(EmitContext context) {
        return ClassName.get(context.config().basePackage() + ".crypto", NAME);
    }

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return applies(bindings) ? List.of(context) : List.of();
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return encryptionClass(context).packageName();
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName self = encryptionClass(context);
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Encrypts the values of {@code x-keel-encrypted} properties before they are stored and decrypts
                        them when read: AES-256-GCM with a random 12-byte IV per value, the key id stored (and
                        authenticated) with the ciphertext as {@code keel1:<keyId>:<base64(iv + ciphertext + tag)>}.
                        Keys come from {@code $L} ({@code id:base64key,...}, 32-byte keys) and new values use
                        {@code $L}; keep retired keys listed so their values still decrypt.
                        """, KEYS_VARIABLE, ACTIVE_KEY_VARIABLE)
                .addField(constant("KEYS", KEYS_VARIABLE))
                .addField(constant("ACTIVE_KEY", ACTIVE_KEY_VARIABLE))
                .addField(privateConstant(String.class, "PREFIX", "$S", "keel1:"))
                .addField(privateConstant(String.class, "TRANSFORMATION", "$S", "AES/GCM/NoPadding"))
                .addField(privateConstant(int.class, "IV_BYTES", "12"))
                .addField(privateConstant(int.class, "TAG_BITS", "128"))
                .addField(privateConstant(Pattern.class, "KEY_ID", "$T.compile($S)", Pattern.class,
                        "[A-Za-z0-9_.-]{1,64}"))
                .addField(privateConstant(SecureRandom.class, "RANDOM", "new $T()", SecureRandom.class))
                .addField(KEY_MAP, "keys", Modifier.PRIVATE, Modifier.FINAL)
                .addField(String.class, "activeKeyId", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor())
                .addMethod(fromEnvironment(self))
                .addMethod(encrypt())
                .addMethod(decrypt())
                .addMethod(MethodSpec.methodBuilder("keyAt")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(SECRET_KEY)
                        .addParameter(String.class, "id")
                        .addParameter(byte[].class, "key")
                        .beginControlFlow("if (!KEY_ID.matcher(id).matches())")
                        .addStatement("throw new IllegalStateException(KEYS + $S + id + $S)",
                                ": key id '", "' must be 1 to 64 letters, digits or ._-")
                        .endControlFlow()
                        .beginControlFlow("if (key.length != 32)")
                        .addStatement("throw new IllegalStateException(KEYS + $S + id + $S + key.length + $S)",
                                ": key '", "' must be 32 bytes (AES-256), base64 encoded; it is ", " bytes")
                        .endControlFlow()
                        .addStatement("return new $T(key, $S)", SECRET_KEY_SPEC, "AES")
                        .build());
    }

    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addJavadoc("@param keys the raw 32-byte keys by id\n@param activeKeyId the key new values use\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterizedTypeName.get(Map.class, String.class, byte[].class), "keys")
                .addParameter(String.class, "activeKeyId")
                .addStatement("$T byId = new $T<>()", KEY_MAP, LinkedHashMap.class)
                .addStatement("keys.forEach((id, key) -> byId.put(id, keyAt(id, key)))")
                .beginControlFlow("if (!byId.containsKey(activeKeyId))")
                .addStatement("throw new IllegalStateException(ACTIVE_KEY + $S + activeKeyId + $S + KEYS)",
                        " names key '", "', which is not in ")
                .endControlFlow()
                .addStatement("this.keys = $T.copyOf(byId)", Map.class)
                .addStatement("this.activeKeyId = activeKeyId")
                .build();
    }

    /** Messages name the variable and the key id, never key material. */
    private static MethodSpec fromEnvironment(ClassName self) {
        return MethodSpec.methodBuilder("from")
                .addJavadoc("The keys of {@code $L}; the active one is {@code $L}, or the only key when there is "
                        + "one.\n", KEYS_VARIABLE, ACTIVE_KEY_VARIABLE)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(LibraryTypes.ENVIRONMENT, "environment")
                .addStatement("String configured = environment.getProperty(KEYS, $S).strip()", "")
                .beginControlFlow("if (configured.isEmpty())")
                .addStatement("throw new IllegalStateException($S + KEYS + $S)",
                        "Encrypted properties need keys: set ", " to id:base64key[,id:base64key...] (32-byte keys)")
                .endControlFlow()
                .addStatement("$T<String, byte[]> keys = new $T<>()", Map.class, LinkedHashMap.class)
                .beginControlFlow("for (String entry : configured.split($S))", ",")
                .addStatement("int colon = entry.indexOf(':')")
                .beginControlFlow("if (colon < 1)")
                .addStatement("throw new IllegalStateException(KEYS + $S)", " entries are id:base64key")
                .endControlFlow()
                .addStatement("String id = entry.substring(0, colon).strip()")
                .beginControlFlow("try")
                .addStatement("keys.put(id, $T.getDecoder().decode(entry.substring(colon + 1).strip()))", Base64.class)
                .nextControlFlow("catch ($T notBase64)", IllegalArgumentException.class)
                .addStatement("throw new IllegalStateException(KEYS + $S + id + $S)", ": key '", "' is not base64")
                .endControlFlow()
                .endControlFlow()
                .addStatement("String active = environment.getProperty(ACTIVE_KEY, keys.size() == 1 "
                        + "? keys.keySet().iterator().next() : $S).strip()", "")
                .addStatement("return new $T(keys, active)", self)
                .build();
    }

    private static MethodSpec encrypt() {
        return MethodSpec.methodBuilder("encrypt")
                .addJavadoc("The stored form of {@code plaintext} under the active key; {@code null} stays null.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(String.class, "plaintext")
                .beginControlFlow("if (plaintext == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("byte[] iv = new byte[IV_BYTES]")
                .addStatement("RANDOM.nextBytes(iv)")
                .beginControlFlow("try")
                .addStatement("$T cipher = $T.getInstance(TRANSFORMATION)", CIPHER, CIPHER)
                .addStatement("cipher.init($T.ENCRYPT_MODE, keys.get(activeKeyId), new $T(TAG_BITS, iv))", CIPHER,
                        GCM_SPEC)
                .addStatement("cipher.updateAAD(activeKeyId.getBytes($T.UTF_8))", StandardCharsets.class)
                .addStatement("byte[] sealed = cipher.doFinal(plaintext.getBytes($T.UTF_8))", StandardCharsets.class)
                .addStatement("byte[] stored = $T.allocate(iv.length + sealed.length).put(iv).put(sealed).array()",
                        ByteBuffer.class)
                .addStatement("return PREFIX + activeKeyId + ':' + $T.getEncoder().encodeToString(stored)",
                        Base64.class)
                .nextControlFlow("catch ($T e)", GeneralSecurityException.class)
                .addStatement("throw new IllegalStateException($S, e)", "AES-GCM encryption failed")
                .endControlFlow()
                .build();
    }

    private static MethodSpec decrypt() {
        return MethodSpec.methodBuilder("decrypt")
                .addJavadoc("The plaintext of a stored value, under the key its id names; {@code null} stays null.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addParameter(String.class, "stored")
                .beginControlFlow("if (stored == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("int colon = stored.indexOf(':', PREFIX.length())")
                .beginControlFlow("if (!stored.startsWith(PREFIX) || colon < 0)")
                .addStatement("throw new IllegalStateException($S)",
                        "A value of an encrypted column is not Keel ciphertext")
                .endControlFlow()
                .addStatement("String keyId = stored.substring(PREFIX.length(), colon)")
                .addStatement("$T key = keys.get(keyId)", SECRET_KEY)
                .beginControlFlow("if (key == null)")
                .addStatement("throw new IllegalStateException($S + keyId + $S + KEYS)",
                        "A value is encrypted with key '", "', which is not in ")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("byte[] sealed = $T.getDecoder().decode(stored.substring(colon + 1))", Base64.class)
                .addStatement("$T cipher = $T.getInstance(TRANSFORMATION)", CIPHER, CIPHER)
                .addStatement("cipher.init($T.DECRYPT_MODE, key, new $T(TAG_BITS, sealed, 0, IV_BYTES))", CIPHER,
                        GCM_SPEC)
                .addStatement("cipher.updateAAD(keyId.getBytes($T.UTF_8))", StandardCharsets.class)
                .addStatement("byte[] plain = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES)")
                .addStatement("return new String(plain, $T.UTF_8)", StandardCharsets.class)
                .nextControlFlow("catch ($T | $T e)", GeneralSecurityException.class, IllegalArgumentException.class)
                .addStatement("throw new IllegalStateException($S + keyId + $S, e)",
                        "A value encrypted with key '", "' is damaged or was changed")
                .endControlFlow()
                .build();
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$S", value).build();
    }

    private static FieldSpec privateConstant(Object type, String name, String format, Object... args) {
        TypeName typeName = type instanceof TypeName named ? named : TypeName.get((java.lang.reflect.Type) type);
        return FieldSpec.builder(typeName, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(format, args).build();
    }
}
