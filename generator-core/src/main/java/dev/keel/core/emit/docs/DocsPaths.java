package dev.keel.core.emit.docs;

import java.util.List;

/** Where the generated app serves its contract and Swagger UI; every one of them is public. */
public final class DocsPaths {

    /** The contract as written, served from the class path. */
    public static final String CONTRACT = "/openapi.yaml";
    /** Swagger UI (springdoc's {@code springdoc.swagger-ui.path}). */
    public static final String SWAGGER_UI = "/docs";
    /** The class-path resource holding the contract in the generated app. */
    public static final String CONTRACT_RESOURCE = "keel/openapi.yaml";

    /**
     * The contract, and Swagger UI as springdoc serves it: {@code /docs} redirects to its page under
     * {@code /swagger-ui/}, which reads its configuration from {@code /v3/api-docs/swagger-config}.
     * springdoc's own {@code /v3/api-docs} is not among them.
     */
    static final List<String> PUBLIC = List.of(CONTRACT, SWAGGER_UI, "/swagger-ui/**", "/v3/api-docs/swagger-config");

    private DocsPaths() {
    }
}
