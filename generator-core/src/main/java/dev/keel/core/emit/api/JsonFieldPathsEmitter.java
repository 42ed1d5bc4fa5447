package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.JSON_PROPERTY;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code JsonFieldPaths}: Bean Validation reports Java property paths, clients know JSON names; this
 * translates one into the other through the records' {@code @JsonProperty} names.
 */
final class JsonFieldPathsEmitter extends SupportTypeEmitter {

    private static final TypeName ANY_CLASS = ParameterizedTypeName.get(
            ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

    @Override
    String simpleName() {
        return JSON_FIELD_PATHS;
    }

    @Override
    TypeSpec.Builder write(ClassName self, EmitContext context) {
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Turns a Java property path such as {@code lineItems[0].unitPrice} into the JSON names the client
                        sent, such as {@code line_items[0].unit_price}, using the records' {@code @JsonProperty} names.
                        """)
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(toJson())
                .addMethod(jsonName())
                .addMethod(accessorAnnotation())
                .addMethod(field())
                .addMethod(rawClass())
                .addMethod(elementType());
    }

    private static MethodSpec toJson() {
        return MethodSpec.methodBuilder("toJson")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(String.class)
                .addJavadoc("@param root the class the path starts at, e.g. the request body's record\n")
                .addParameter(ANY_CLASS, "root")
                .addParameter(String.class, "javaPath")
                .addCode("""
                        if (javaPath == null || javaPath.isEmpty()) {
                            return "";
                        }
                        StringBuilder json = new StringBuilder();
                        $T type = root;
                        int position = 0;
                        while (position < javaPath.length()) {
                            char next = javaPath.charAt(position);
                            if (next == '.') {
                                json.append('.');
                                position++;
                            } else if (next == '[') {
                                int end = javaPath.indexOf(']', position);
                                int stop = end < 0 ? javaPath.length() : end + 1;
                                json.append(javaPath, position, stop);
                                type = elementType(type);
                                position = stop;
                            } else {
                                int end = position;
                                while (end < javaPath.length() && javaPath.charAt(end) != '.' && javaPath.charAt(end) != '[') {
                                    end++;
                                }
                                String name = javaPath.substring(position, end);
                                Class<?> owner = rawClass(type);
                                $T field = field(owner, name);
                                json.append(jsonName(field, owner, name));
                                type = field == null ? null : field.getGenericType();
                                position = end;
                            }
                        }
                        return json.toString();
                        """, Type.class, Field.class)
                .build();
    }

    private static MethodSpec jsonName() {
        return MethodSpec.methodBuilder("jsonName")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(Field.class, "field")
                .addParameter(ANY_CLASS, "owner")
                .addParameter(String.class, "javaName")
                .addCode("""
                        $T annotation = field == null ? null : field.getAnnotation($T.class);
                        if (annotation == null && owner != null) {
                            annotation = accessorAnnotation(owner, javaName);
                        }
                        return annotation == null || annotation.value().isEmpty() ? javaName : annotation.value();
                        """, JSON_PROPERTY, JSON_PROPERTY)
                .build();
    }

    private static MethodSpec accessorAnnotation() {
        return MethodSpec.methodBuilder("accessorAnnotation")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(JSON_PROPERTY)
                .addParameter(ANY_CLASS, "owner")
                .addParameter(String.class, "javaName")
                .addCode("""
                        String capitalized = Character.toUpperCase(javaName.charAt(0)) + javaName.substring(1);
                        for (String accessor : $T.of(javaName, "get" + capitalized, "is" + capitalized)) {
                            try {
                                $T annotation = owner.getMethod(accessor).getAnnotation($T.class);
                                if (annotation != null) {
                                    return annotation;
                                }
                            } catch (NoSuchMethodException absent) {
                                // try the next accessor style
                            }
                        }
                        return null;
                        """, List.class, JSON_PROPERTY, JSON_PROPERTY)
                .build();
    }

    private static MethodSpec field() {
        return MethodSpec.methodBuilder("field")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Field.class)
                .addParameter(ANY_CLASS, "owner")
                .addParameter(String.class, "name")
                .addCode("""
                        for (Class<?> current = owner; current != null && current != Object.class; current = current.getSuperclass()) {
                            try {
                                return current.getDeclaredField(name);
                            } catch (NoSuchFieldException absent) {
                                // look in the superclass
                            }
                        }
                        return null;
                        """)
                .build();
    }

    private static MethodSpec rawClass() {
        return MethodSpec.methodBuilder("rawClass")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ANY_CLASS)
                .addParameter(Type.class, "type")
                .addCode("""
                        if (type instanceof Class<?> plain) {
                            return plain;
                        }
                        if (type instanceof $T parameterized) {
                            return rawClass(parameterized.getRawType());
                        }
                        if (type instanceof $T wildcard && wildcard.getUpperBounds().length > 0) {
                            return rawClass(wildcard.getUpperBounds()[0]);
                        }
                        return null;
                        """, ParameterizedType.class, WildcardType.class)
                .build();
    }

    private static MethodSpec elementType() {
        return MethodSpec.methodBuilder("elementType")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Type.class)
                .addJavadoc("The type of {@code value[i]} or {@code value[key]}: a list's item, a map's value.\n")
                .addParameter(Type.class, "type")
                .addCode("""
                        if (type instanceof $T wildcard && wildcard.getUpperBounds().length > 0) {
                            return elementType(wildcard.getUpperBounds()[0]);
                        }
                        Class<?> raw = rawClass(type);
                        if (raw != null && raw.isArray()) {
                            return raw.getComponentType();
                        }
                        if (raw == null || !(type instanceof $T parameterized)) {
                            return null;
                        }
                        Type[] arguments = parameterized.getActualTypeArguments();
                        if ($T.class.isAssignableFrom(raw) && arguments.length == 2) {
                            return arguments[1];
                        }
                        return arguments.length == 1 ? arguments[0] : null;
                        """, WildcardType.class, ParameterizedType.class, Map.class)
                .build();
    }
}
