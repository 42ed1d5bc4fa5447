package dev.keel.core.model;

import java.util.List;
import java.util.Optional;

/**
 * @param status "200", "404", "2XX" or "default"
 * @param contentType empty when the response has no body
 * @param body empty when the response has no body
 * @param headers names of the response headers the contract declares, e.g. {@code Location}
 */
public record Response(
        String status,
        String description,
        Optional<String> contentType,
        Optional<TypeRef> body,
        List<String> headers) {

    public Response {
        headers = List.copyOf(headers);
    }

    public boolean isSuccess() {
        return status.startsWith("2");
    }

    /** The numeric status; ranges such as {@code 2XX} count as their first code. */
    public int statusCode() {
        if (status.equals("default")) {
            return 500;
        }
        return Integer.parseInt(status.replace('X', '0').replace('x', '0'));
    }
}
