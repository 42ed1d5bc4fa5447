package dev.keel.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole contract as the emitters see it: no swagger-parser type leaks past the reader.
 *
 * @param tags every tag used by an operation, sorted by Java name
 * @param basePath path prefix every operation is served under (from the first server URL), "" when none
 * @param schemas every named schema, inline ones hoisted under derived names, sorted by Java name
 * @param operations sorted by tag, then path, then method
 * @param securitySchemes the schemes Keel can verify, sorted by name; empty when the contract declares none
 * @param rateLimits the default rate limits of the root {@code x-keel-rate-limits}
 * @param audit where the audit trail is kept, from the root {@code x-keel-audit}
 */
public record ApiModel(
        String title,
        String version,
        String basePath,
        List<Tag> tags,
        List<Operation> operations,
        List<SchemaDef> schemas,
        List<SecurityScheme> securitySchemes,
        RateLimits rateLimits,
        AuditStore audit) {

    /** A contract whose audit trail is logged only. */
    public ApiModel(String title, String version, String basePath, List<Tag> tags, List<Operation> operations,
            List<SchemaDef> schemas, List<SecurityScheme> securitySchemes, RateLimits rateLimits) {
        this(title, version, basePath, tags, operations, schemas, securitySchemes, rateLimits, AuditStore.LOG);
    }

    public ApiModel {
        tags = List.copyOf(tags);
        operations = List.copyOf(operations);
        schemas = SchemaList.of(schemas);
        securitySchemes = List.copyOf(securitySchemes);
    }

    /**
     * True when the contract declares a security scheme or some operation needs credentials: the generated
     * application then issues and verifies tokens.
     */
    public boolean isSecured() {
        return !securitySchemes.isEmpty() || operations.stream().anyMatch(operation -> !operation.security().anonymous());
    }

    /** True when some request is rate limited: the generated application then counts requests. */
    public boolean isRateLimited() {
        return !rateLimits.isEmpty() || operations.stream().anyMatch(operation -> operation.rateLimit().isPresent());
    }

    public Optional<SchemaDef> schema(String name) {
        return SchemaList.find(schemas, name);
    }

    public List<Operation> operationsTagged(String tag) {
        return operations.stream().filter(o -> o.tag().equals(tag)).toList();
    }
}
