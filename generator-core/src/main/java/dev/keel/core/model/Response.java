package dev.keel.core.model;

import java.util.List;
import java.util.Optional;

/**
 * @param status "200", "404", "2XX" or "default"
 * @param contentType empty when the response has no body
 * @param body empty when the response has no body
 * @param headers names of the response headers the contract declares, e.g. {@code Location}
 * @param typedHeaders the same headers with their types, in the same order
 */
public record Response(
        String status,
        String description,
        Optional<String> contentType,
        Optional<TypeRef> body,
        List<String> headers,
        List<Header> typedHeaders) {

    /**
     * One response header the contract declares.
     *
     * @param name the wire name, e.g. {@code X-Rate-Limit}
     * @param javaName the Java name, unique within its response and never {@code body} or {@code status}
     */
    public record Header(String name, String javaName, TypeRef type, boolean required, String description) {
    }

    public Response {
        headers = List.copyOf(headers);
        typedHeaders = List.copyOf(typedHeaders);
    }

    /** A response whose headers are all text. */
    public Response(String status, String description, Optional<String> contentType, Optional<TypeRef> body,
            List<String> headers) {
        this(status, description, contentType, body, headers, headers.stream()
                .map(name -> new Header(name, name, TypeRef.scalar(TypeRef.Scalar.Kind.STRING), false, ""))
                .toList());
    }

    public boolean isSuccess() {
        return status.startsWith("2");
    }

    /** Whether the status is a range such as {@code 2XX} or {@code default}, so the handler picks the code. */
    public boolean isStatusOpen() {
        return status.equals("default") || status.endsWith("X") || status.endsWith("x");
    }

    /** The numeric status; ranges such as {@code 2XX} count as their first code. */
    public int statusCode() {
        if (status.equals("default")) {
            return 500;
        }
        return Integer.parseInt(status.replace('X', '0').replace('x', '0'));
    }
}
