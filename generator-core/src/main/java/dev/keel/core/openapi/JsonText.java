package dev.keel.core.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
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

    /** Made at the first default that is a list, a map or a tree: its set-up costs a short run some 30 ms. */
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
            return Optional.of(node.isTextual() ? node.textValue() : node.toString());
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
        if (value instanceof String text) {
            // As Jackson's mapper writes a string, escapes and all.
            return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
        }
        try {
            return Mapper.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
