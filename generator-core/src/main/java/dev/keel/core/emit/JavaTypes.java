package dev.keel.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one place that decides which Java type a contract type becomes. */
public final class JavaTypes {

    public static final ClassName JSON_NODE = LibraryTypes.JSON_NODE;
    public static final ClassName RESOURCE = LibraryTypes.RESOURCE;
    public static final ClassName MULTIPART_FILE = ClassName.get("org.springframework.web.multipart", "MultipartFile");

    private final EmitContext context;
    private final boolean binaryAsUploadedFile;

    public JavaTypes(EmitContext context) {
        this(context, false);
    }

    private JavaTypes(EmitContext context, boolean binaryAsUploadedFile) {
        this.context = context;
        this.binaryAsUploadedFile = binaryAsUploadedFile;
    }

    /** A type Keel generates in the application's support package, e.g. {@code MultipleOf}. */
    public ClassName supportClass(String simpleName) {
        return context.supportClass(simpleName);
    }

    /** The types of a form body's fields: a binary field is an uploaded {@code MultipartFile}, as Spring binds it. */
    public JavaTypes forFormFields() {
        return new JavaTypes(context, true);
    }

    /** The boxed Java type, without validation annotations. */
    public TypeName of(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            return binaryAsUploadedFile && scalar.kind() == TypeRef.Scalar.Kind.BINARY ? MULTIPART_FILE
                    : scalar(scalar.kind());
        }
        if (type instanceof TypeRef.Named named) {
            return context.schemaClass(named.schemaName());
        }
        if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(collection(list), of(list.items()));
        }
        TypeRef.MapOf map = (TypeRef.MapOf) type;
        return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), of(map.values()));
    }

    /** Whether values of this type are objects whose own constraints must be validated too ({@code @Valid}). */
    public boolean needsCascade(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            return context.api().schema(named.schemaName())
                    .map(schema -> schema instanceof ObjectSchema || schema instanceof UnionSchema).orElse(false);
        }
        if (type instanceof TypeRef.ListOf list) {
            return needsCascade(list.items());
        }
        return type instanceof TypeRef.MapOf map && needsCascade(map.values());
    }

    /** {@code uniqueItems: true} arrays are sets: a duplicate sent by a client collapses into one element. */
    public static ClassName collection(TypeRef.ListOf list) {
        return ClassName.get(list.uniqueItems() ? Set.class : List.class);
    }

    public static TypeName scalar(TypeRef.Scalar.Kind kind) {
        return switch (kind) {
            case STRING -> ClassName.get(String.class);
            case INT32 -> ClassName.get(Integer.class);
            case INT64 -> ClassName.get(Long.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(java.math.BigDecimal.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case UUID -> ClassName.get(java.util.UUID.class);
            case DATE -> ClassName.get(java.time.LocalDate.class);
            case DATE_TIME -> ClassName.get(java.time.OffsetDateTime.class);
            case URI -> ClassName.get(java.net.URI.class);
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case BINARY -> RESOURCE;
            case ANY -> JSON_NODE;
        };
    }
}
