package dev.keel.core.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.TypeRef;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a property's default (JSON text from the contract) into a Java expression of the property's type.
 * A default Keel cannot express for the type yields nothing, so the value stays null rather than failing
 * when the record is built.
 */
final class DefaultValues {

    private final EmitContext context;

    DefaultValues(EmitContext context) {
        this.context = context;
    }

    Optional<CodeBlock> expression(TypeRef type, String json) {
        String text = json.strip();
        if (text.isEmpty() || text.equals("null")) {
            return Optional.empty();
        }
        try {
            if (type instanceof TypeRef.Named named) {
                return enumConstant(named.schemaName(), scalarText(text));
            }
            if (type instanceof TypeRef.Scalar scalar) {
                return scalar(scalar.kind(), text);
            }
        } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException | DateTimeParseException
                 | URISyntaxException unusable) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Optional<CodeBlock> enumConstant(String schemaName, String value) {
        Optional<EnumSchema> schema = context.api().schema(schemaName)
                .filter(EnumSchema.class::isInstance).map(EnumSchema.class::cast);
        if (schema.isEmpty()) {
            return Optional.empty();
        }
        ClassName enumClass = context.schemaClass(schemaName);
        return schema.get().constants().stream()
                .filter(constant -> sameWireValue(constant.value(), value, schema.get().integer()))
                .findFirst()
                .map(constant -> CodeBlock.of("$T.$N", enumClass, constant.javaName()));
    }

    private static boolean sameWireValue(String constant, String value, boolean integer) {
        if (!integer) {
            return constant.equals(value);
        }
        return new BigDecimal(constant).compareTo(new BigDecimal(value)) == 0;
    }

    private static Optional<CodeBlock> scalar(TypeRef.Scalar.Kind kind, String text) throws URISyntaxException {
        switch (kind) {
            case STRING:
                return Optional.of(CodeBlock.of("$S", scalarText(text)));
            case BOOLEAN:
                return text.equals("true") || text.equals("false") ? Optional.of(CodeBlock.of("$L", text)) : Optional.empty();
            case INT32:
                return Optional.of(CodeBlock.of("$L", new BigDecimal(text).intValueExact()));
            case INT64:
                return Optional.of(CodeBlock.of("$LL", new BigDecimal(text).longValueExact()));
            case FLOAT:
                return finite(new BigDecimal(text).floatValue()).map(value -> CodeBlock.of("$Lf", value));
            case DOUBLE:
                return finite(new BigDecimal(text).doubleValue()).map(value -> CodeBlock.of("$Ld", value));
            case DECIMAL:
                return Optional.of(CodeBlock.of("new $T($S)", BigDecimal.class, new BigDecimal(text).toString()));
            case UUID:
                return Optional.of(CodeBlock.of("$T.fromString($S)", UUID.class, UUID.fromString(scalarText(text)).toString()));
            case DATE:
                return Optional.of(CodeBlock.of("$T.parse($S)", LocalDate.class, LocalDate.parse(scalarText(text)).toString()));
            case DATE_TIME:
                String dateTime = scalarText(text);
                OffsetDateTime.parse(dateTime);
                return Optional.of(CodeBlock.of("$T.parse($S)", OffsetDateTime.class, dateTime));
            case URI:
                return Optional.of(CodeBlock.of("$T.create($S)", URI.class, new URI(scalarText(text)).toString()));
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> finite(double value) {
        return Double.isFinite(value) ? Optional.of(String.valueOf(value)) : Optional.empty();
    }

    private static Optional<String> finite(float value) {
        return Float.isFinite(value) ? Optional.of(String.valueOf(value)) : Optional.empty();
    }

    /** A JSON string decoded; any other JSON scalar (a number, a boolean) as its text. */
    static String scalarText(String json) {
        if (!json.startsWith("\"")) {
            return json;
        }
        if (json.length() < 2 || !json.endsWith("\"")) {
            throw new IllegalArgumentException("Not a JSON string: " + json);
        }
        StringBuilder decoded = new StringBuilder();
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            if (c != '\\') {
                decoded.append(c);
                continue;
            }
            char escape = json.charAt(++i);
            switch (escape) {
                case 'b' -> decoded.append('\b');
                case 'f' -> decoded.append('\f');
                case 'n' -> decoded.append('\n');
                case 'r' -> decoded.append('\r');
                case 't' -> decoded.append('\t');
                case 'u' -> {
                    decoded.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> decoded.append(escape);
            }
        }
        return decoded.toString();
    }
}
