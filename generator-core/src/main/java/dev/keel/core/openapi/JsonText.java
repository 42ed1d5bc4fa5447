package dev.keel.core.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.SimpleDateFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;

/**
 * Renders a contract value (a {@code default}) as text. swagger-parser hands values over as the Java types it
 * chose (a {@link Date} for a {@code format: date} default, an {@link OffsetDateTime} for date-time); both
 * renderings here give them back in the contract's notation.
 */
final class JsonText {

    private JsonText() {
    }

    /**
     * Made only for a value {@link #compose} does not write (a date inside a list, a map with other than text keys):
     * its set-up (Jackson's date formats asking the JDK for calendar data) cost a run 30 to 70 ms.
     */
    private static final class Mapper {
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** As JSON: {@code "active"}, {@code 20}, {@code true}, {@code ["a"]}. */
    static Optional<String> json(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(number(value));
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?> || value instanceof JsonNode) {
            return Optional.of(write(value));
        }
        return Optional.of(write(plain(value)));
    }

    /** As a request parameter carries it: {@code active}, {@code 20}, {@code a,b} for a list. */
    static Optional<String> parameter(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Collection<?> items) {
            return Optional.of(items.stream().map(JsonText::plain).collect(Collectors.joining(",")));
        }
        if (value instanceof JsonNode node) {
            return Optional.of(node.isTextual() ? node.textValue() : write(node));
        }
        return Optional.of(plain(value));
    }

    private static String plain(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return number(value);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof Date date) {
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT);
            format.setTimeZone(TimeZone.getTimeZone("UTC"));
            return format.format(date);
        }
        return String.valueOf(value);
    }

    private static String number(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    private static String write(Object value) {
        StringBuilder json = new StringBuilder();
        if (compose(value, json)) {
            return json.toString();
        }
        try {
            return Mapper.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    /**
     * Appends {@code value} as Jackson's default mapper writes it (compact, members in order, a {@code BigDecimal}
     * by its {@code toString}, a number that is not finite quoted); false for a value of any other kind.
     */
    private static boolean compose(Object value, StringBuilder json) {
        if (value instanceof JsonNode node) {
            // As the Java values the tree stands for; a binary node's bytes are left to Jackson.
            return compose(SwaggerDeserializer.javaValue(node), json);
        }
        if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof BigInteger
                || value instanceof BigDecimal) {
            json.append(value);
            return true;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (Double.isFinite(number)) {
                json.append(value);
            } else {
                quote(value.toString(), json);
            }
            return true;
        }
        if (value instanceof String text) {
            quote(text, json);
            return true;
        }
        if (value instanceof Collection<?> items) {
            json.append('[');
            boolean first = true;
            for (Object item : items) {
                json.append(first ? "" : ",");
                first = false;
                if (!compose(item, json)) {
                    return false;
                }
            }
            json.append(']');
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            json.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    return false;
                }
                json.append(first ? "" : ",");
                first = false;
                quote(key, json);
                json.append(':');
                if (!compose(entry.getValue(), json)) {
                    return false;
                }
            }
            json.append('}');
            return true;
        }
        return false;
    }

    /** As Jackson writes a string, escapes and all. */
    private static void quote(String text, StringBuilder json) {
        json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
    }
}
