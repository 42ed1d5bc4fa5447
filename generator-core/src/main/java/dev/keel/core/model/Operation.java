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
 * @param rateLimit its own {@code x-keel-rate-limit}, which replaces the contract's defaults for it
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
        Optional<RateLimit> rateLimit) {

    public Operation {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /** The first 2xx response: its status and body are what the handler's return value becomes. */
    public Optional<Response> successResponse() {
        return responses.stream().filter(Response::isSuccess).findFirst();
    }
}
