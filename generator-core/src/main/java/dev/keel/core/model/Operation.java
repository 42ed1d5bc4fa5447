package dev.keel.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One HTTP operation of the contract.
 *
 * @param operationId the contract's id (or one derived from method and path)
 * @param javaName the Java method name for the handler and controller
 * @param path the path template relative to {@link ApiModel#basePath()}, e.g. {@code /projects/{id}}
 * @param tag the first tag, or "default"; decides the controller and handler the operation lives in
 * @param pointer JSON pointer of the operation in the spec, for diagnostics and messages
 * @param security who may call it, the contract's root {@code security} applied when the operation has none
 * @param crud {@code x-keel-crud}: which CRUD operation this is ({@code list}, {@code create}, {@code get},
 *     {@code replace}, {@code patch}, {@code delete}), as the contract spells it; empty when the contract
 *     leaves it to the operation's shape
 * @param pagination {@code x-keel-pagination}: {@code cursor} or {@code page}; empty when the contract leaves it
 *     to the operation's parameters
 * @param auth {@code x-keel-auth}: which account operation Keel implements ({@code register}, {@code login},
 *     {@code refresh}, {@code logout}, {@code profile}); empty for every other operation
 * @param rateLimit its own {@code x-keel-rate-limit}, which replaces the contract's defaults for it
 * @param cache its {@code x-keel-cache}; empty when the contract leaves caching to the defaults
 */
public record Operation(
        String operationId,
        String javaName,
        HttpMethod method,
        String path,
        String tag,
        String summary,
        boolean deprecated,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<Response> responses,
        String pointer,
        OperationSecurity security,
        Optional<String> crud,
        Optional<String> pagination,
        Optional<String> auth,
        Optional<RateLimit> rateLimit,
        Optional<CachePolicy> cache) {

    /** The values {@code x-keel-auth} accepts. */
    public static final List<String> AUTH_KINDS = List.of("register", "login", "refresh", "logout", "profile");

    public Operation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** An operation without {@code x-keel-cache}. */
    public Operation(String operationId, String javaName, HttpMethod method, String path, String tag, String summary,
            boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody, List<Response> responses,
            String pointer, OperationSecurity security, Optional<String> crud, Optional<String> pagination,
            Optional<String> auth, Optional<RateLimit> rateLimit) {
        this(operationId, javaName, method, path, tag, summary, deprecated, parameters, requestBody, responses, pointer,
                security, crud, pagination, auth, rateLimit, Optional.empty());
    }

    /** An operation without {@code x-keel-pagination}, {@code x-keel-auth} and {@code x-keel-rate-limit}. */
    public Operation(String operationId, String javaName, HttpMethod method, String path, String tag, String summary,
            boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody, List<Response> responses,
            String pointer, OperationSecurity security, Optional<String> crud) {
        this(operationId, javaName, method, path, tag, summary, deprecated, parameters, requestBody, responses, pointer,
                security, crud, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A public operation without {@code x-keel-crud}. */
    public Operation(String operationId, String javaName, HttpMethod method, String path, String tag, String summary,
            boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody, List<Response> responses,
            String pointer) {
        this(operationId, javaName, method, path, tag, summary, deprecated, parameters, requestBody, responses, pointer,
                OperationSecurity.PUBLIC, Optional.empty());
    }

    /** An operation without {@code x-keel-crud}. */
    public Operation(String operationId, String javaName, HttpMethod method, String path, String tag, String summary,
            boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody, List<Response> responses,
            String pointer, OperationSecurity security) {
        this(operationId, javaName, method, path, tag, summary, deprecated, parameters, requestBody, responses, pointer,
                security, Optional.empty());
    }

    /** A public operation, with {@code x-keel-crud} when {@code crud} is present. */
    public Operation(String operationId, String javaName, HttpMethod method, String path, String tag, String summary,
            boolean deprecated, List<Parameter> parameters, Optional<RequestBody> requestBody, List<Response> responses,
            String pointer, Optional<String> crud) {
        this(operationId, javaName, method, path, tag, summary, deprecated, parameters, requestBody, responses, pointer,
                OperationSecurity.PUBLIC, crud);
    }

    /** How its answers are cached: its {@code x-keel-cache}, else cached for the configured default time. */
    public CachePolicy cachePolicy() {
        return cache.orElse(CachePolicy.DEFAULT);
    }

    /** Whether the contract asks for keyset pagination: {@code x-keel-pagination: cursor}. */
    public boolean cursorPaginated() {
        return pagination.filter("cursor"::equals).isPresent();
    }

    /** The first 2xx response: its status and body are what the handler's return value becomes. */
    public Optional<Response> successResponse() {
        return responses.stream().filter(Response::isSuccess).findFirst();
    }

    /**
     * Whether the handler answers through a result type with one case per declared response: the contract
     * declares several 2xx responses, or a 2xx response with headers other than {@code Location}. Account
     * operations ({@code x-keel-auth}) keep Keel's own single answer.
     */
    public boolean answersSeveralWays() {
        if (auth.isPresent()) {
            return false;
        }
        List<Response> successes = responses.stream().filter(Response::isSuccess).toList();
        return successes.size() > 1 || successes.stream().flatMap(response -> response.headers().stream())
                .anyMatch(header -> !header.equalsIgnoreCase("Location"));
    }
}
