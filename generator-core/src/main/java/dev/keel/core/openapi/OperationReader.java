package dev.keel.core.openapi;

import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import dev.keel.core.naming.UniqueNames;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every operation of every path: its tag, Java name, parameters (path-level ones merged in), request
 * body and responses, following {@code $ref}s into {@code components}.
 */
final class OperationReader {

    static final String DEFAULT_TAG = "default";
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final ReadContext context;
    private final SchemaReader schemas;
    private final ParameterReader parameters;
    private final SecurityReader security;
    private final RateLimitReader rateLimits;
    private final CacheReader caches;
    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private final Map<String, UniqueNames> methodNamesByTag = new HashMap<>();
    private List<Site> sites;

    OperationReader(ReadContext context, SchemaReader schemas, SecurityReader security) {
        this.context = context;
        this.schemas = schemas;
        this.parameters = new ParameterReader(context, schemas);
        this.security = security;
        this.rateLimits = new RateLimitReader(context);
        this.caches = new CacheReader(context);
    }

    /** One operation in the contract, before it is read. */
    private record Site(String path, PathItem item, HttpMethod method, io.swagger.v3.oas.models.Operation operation,
            JsonPointer pointer) {
    }

    /**
     * Collects the tags the operations use and reserves their controller and handler names, before any schema
     * takes a type name.
     */
    void declareTags() {
        Map<String, String> descriptions = new HashMap<>();
        if (context.api.getTags() != null) {
            context.api.getTags().stream().filter(tag -> tag.getName() != null)
                    .forEach(tag -> descriptions.putIfAbsent(tag.getName(), SchemaShape.text(tag.getDescription())));
        }
        UniqueNames stems = UniqueNames.ignoringCase();
        for (Site site : sites()) {
            String tag = tagOf(site.operation());
            if (!tags.containsKey(tag)) {
                String javaName = stems.claim(context.naming.tagName(tag));
                tags.put(tag, new Tag(tag, javaName, descriptions.getOrDefault(tag, "")));
                context.typeNames.reserve(context.naming.controllerName(javaName));
                context.typeNames.reserve(context.naming.handlerName(javaName));
            }
        }
    }

    /** Every used tag, sorted by Java name. */
    List<Tag> tags() {
        return tags.values().stream().sorted(Comparator.comparing(Tag::javaName)).toList();
    }

    /** Every operation, sorted by tag, path and method. */
    List<Operation> readOperations() {
        List<Operation> operations = new ArrayList<>();
        for (Site site : sites()) {
            operations.add(read(site));
        }
        operations.sort(Comparator.comparing(Operation::tag).thenComparing(Operation::path)
                .thenComparing(Operation::method));
        return operations;
    }

    private List<Site> sites() {
        if (sites == null) {
            sites = new ArrayList<>();
            collectSites(sites);
        }
        return sites;
    }

    private void collectSites(List<Site> sites) {
        if (context.api.getPaths() == null) {
            return;
        }
        context.api.getPaths().forEach((path, item) -> {
            JsonPointer itemPointer = JsonPointer.of("paths", path);
            if (item == null) {
                return;
            }
            if (item.get$ref() != null && item.readOperationsMap().isEmpty()) {
                context.problems.warning(itemPointer.child("$ref"), "A path item given by $ref is not supported "
                        + "yet; Keel skips " + path);
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> {
                String methodName = method.name().toLowerCase(Locale.ROOT);
                sites.add(new Site(path, item, HttpMethod.valueOf(method.name()), operation,
                        itemPointer.child(methodName)));
            });
        });
    }

    private Operation read(Site site) {
        io.swagger.v3.oas.models.Operation operation = site.operation();
        String tag = tagOf(operation);
        String operationId = operation.getOperationId() != null && !operation.getOperationId().isBlank()
                ? operation.getOperationId()
                : context.naming.derivedOperationId(site.method(), site.path());
        String javaName = methodNamesByTag.computeIfAbsent(tag, t -> UniqueNames.caseSensitive())
                .claim(context.naming.operationName(operationId));
        if (operation.getCallbacks() != null && !operation.getCallbacks().isEmpty()) {
            context.problems.info(site.pointer().child("callbacks"),
                    "Callbacks are requests this API sends, not serves; Keel generates the operation without them");
        }
        List<Parameter> merged = parameters.read(site.item().getParameters(), operation.getParameters(),
                site.pointer(), javaName);
        checkPathVariables(site, merged);
        Optional<RequestBody> body = requestBody(operation, site.pointer(), javaName);
        String description = site.method() + " " + site.path();
        return new Operation(operationId, javaName, site.method(), site.path(), tag,
                SchemaShape.text(operation.getSummary()), SchemaShape.flag(operation.getDeprecated()), merged,
                body, responses(operation, site.pointer(), javaName), site.pointer().toString(),
                security.read(operation, site.pointer(), description),
                crudExtension(operation, site.pointer()), paginationExtension(operation, site.pointer()),
                authExtension(operation, site.pointer()),
                rateLimits.read(operation, site.pointer(), body, description),
                caches.read(operation, site.pointer(), site.method(), description));
    }

    /** {@code x-keel-pagination}: {@code cursor} or {@code page}, anything else an error. */
    private Optional<String> paginationExtension(io.swagger.v3.oas.models.Operation operation, JsonPointer at) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get("x-keel-pagination");
        if (value == null) {
            return Optional.empty();
        }
        if ("cursor".equals(value) || "page".equals(value)) {
            return Optional.of((String) value);
        }
        context.problems.error(at.child("x-keel-pagination"), "x-keel-pagination must be cursor or page; found "
                + value);
        return Optional.empty();
    }

    /** {@code x-keel-auth}: one of {@link Operation#AUTH_KINDS}. */
    private Optional<String> authExtension(io.swagger.v3.oas.models.Operation operation, JsonPointer at) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get("x-keel-auth");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && Operation.AUTH_KINDS.contains(text.strip())) {
            return Optional.of(text.strip());
        }
        context.problems.error(at.child("x-keel-auth"), "x-keel-auth must be one of "
                + String.join(", ", Operation.AUTH_KINDS) + "; found " + value);
        return Optional.empty();
    }

    /** {@code x-keel-crud} as the contract spells it; the binder checks the value against the operation. */
    private Optional<String> crudExtension(io.swagger.v3.oas.models.Operation operation, JsonPointer at) {
        Object value = operation.getExtensions() == null ? null : operation.getExtensions().get("x-keel-crud");
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        context.problems.error(at.child("x-keel-crud"), "x-keel-crud must be one of list, create, get, replace, "
                + "patch, delete; found " + value);
        return Optional.empty();
    }

    private static String tagOf(io.swagger.v3.oas.models.Operation operation) {
        List<String> declared = operation.getTags();
        return declared == null || declared.isEmpty() || declared.get(0) == null || declared.get(0).isBlank()
                ? DEFAULT_TAG : declared.get(0);
    }

    /** Each {@code {variable}} of the path needs a path parameter, or the controller cannot bind it. */
    private void checkPathVariables(Site site, List<Parameter> declared) {
        Matcher variables = PATH_VARIABLE.matcher(site.path());
        while (variables.find()) {
            String variable = variables.group(1);
            boolean found = declared.stream()
                    .anyMatch(p -> p.in() == Parameter.Location.PATH && p.name().equals(variable));
            if (!found) {
                context.problems.error(site.pointer(), "The path " + site.path() + " has the variable {" + variable
                        + "}, but " + site.method() + " declares no path parameter '" + variable + "'");
            }
        }
    }

    private Optional<RequestBody> requestBody(io.swagger.v3.oas.models.Operation operation, JsonPointer at,
            String javaName) {
        io.swagger.v3.oas.models.parameters.RequestBody body = operation.getRequestBody();
        JsonPointer pointer = at.child("requestBody");
        if (body != null && body.get$ref() != null) {
            Optional<ReadContext.Component<io.swagger.v3.oas.models.parameters.RequestBody>> component =
                    context.follow(body.get$ref(), pointer.child("$ref"), "requestBodies",
                            context.api.getComponents() == null ? null
                                    : context.api.getComponents().getRequestBodies(),
                            io.swagger.v3.oas.models.parameters.RequestBody::get$ref);
            body = component.map(ReadContext.Component::value).orElse(null);
            pointer = component.map(ReadContext.Component::pointer).orElse(pointer);
        }
        if (body == null) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, MediaType>> media = preferredMedia(body.getContent());
        if (media.isEmpty()) {
            return Optional.empty();
        }
        JsonPointer schemaPointer = pointer.child("content", media.get().getKey(), "schema");
        TypeRef type = bodyType(media.get(), schemaPointer, context.naming.requestBodyTypeName(javaName));
        return Optional.of(new RequestBody(media.get().getKey(), type, SchemaShape.flag(body.getRequired())));
    }

    private List<Response> responses(io.swagger.v3.oas.models.Operation operation, JsonPointer at, String javaName) {
        List<Response> responses = new ArrayList<>();
        if (operation.getResponses() == null) {
            return responses;
        }
        operation.getResponses().forEach((status, declared) -> {
            JsonPointer pointer = at.child("responses", status);
            ApiResponse response = declared;
            if (response != null && response.get$ref() != null) {
                Optional<ReadContext.Component<ApiResponse>> component = context.follow(response.get$ref(),
                        pointer.child("$ref"), "responses",
                        context.api.getComponents() == null ? null : context.api.getComponents().getResponses(),
                        ApiResponse::get$ref);
                response = component.map(ReadContext.Component::value).orElse(null);
                pointer = component.map(ReadContext.Component::pointer).orElse(pointer);
            }
            if (response != null) {
                responses.add(response(status, response, pointer, javaName));
            }
        });
        return responses;
    }

    private Response response(String status, ApiResponse response, JsonPointer pointer, String javaName) {
        Optional<Map.Entry<String, MediaType>> media = preferredMedia(response.getContent());
        Optional<TypeRef> body = media.map(entry -> bodyType(entry,
                pointer.child("content", entry.getKey(), "schema"),
                context.naming.responseTypeName(javaName, status)));
        List<Response.Header> headers = headers(response, pointer, javaName, status);
        return new Response(status, SchemaShape.text(response.getDescription()), media.map(Map.Entry::getKey), body,
                headers.stream().map(Response.Header::name).toList(), headers);
    }

    /** The declared headers with their schemas' types; a header without a schema is text. */
    private List<Response.Header> headers(ApiResponse response, JsonPointer pointer, String javaName, String status) {
        List<Response.Header> headers = new ArrayList<>();
        if (response.getHeaders() == null) {
            return headers;
        }
        UniqueNames names = UniqueNames.caseSensitive().reserve("body").reserve("status");
        response.getHeaders().forEach((name, declared) -> {
            JsonPointer at = pointer.child("headers", name);
            io.swagger.v3.oas.models.headers.Header header = declared;
            if (header != null && header.get$ref() != null) {
                header = context.follow(header.get$ref(), at.child("$ref"), "headers",
                                context.api.getComponents() == null ? null : context.api.getComponents().getHeaders(),
                                io.swagger.v3.oas.models.headers.Header::get$ref)
                        .map(ReadContext.Component::value).orElse(null);
            }
            TypeRef type = header == null || header.getSchema() == null
                    ? TypeRef.scalar(TypeRef.Scalar.Kind.STRING)
                    : schemas.use(header.getSchema(), at.child("schema"),
                            context.naming.responseTypeName(javaName, status) + context.naming.typeName(name)).type();
            headers.add(new Response.Header(name, names.claim(context.naming.memberName(name)), type,
                    header != null && SchemaShape.flag(header.getRequired()),
                    header == null ? "" : SchemaShape.text(header.getDescription())));
        });
        return headers;
    }

    /** A body without a schema is any JSON value when the media type is JSON, raw bytes otherwise. */
    private TypeRef bodyType(Map.Entry<String, MediaType> media, JsonPointer schemaPointer, String hoistName) {
        if (media.getValue() == null || media.getValue().getSchema() == null) {
            return TypeRef.scalar(isJson(media.getKey()) ? TypeRef.Scalar.Kind.ANY : TypeRef.Scalar.Kind.BINARY);
        }
        return schemas.use(media.getValue().getSchema(), schemaPointer, hoistName).type();
    }

    /**
     * {@code application/json} when offered, else another JSON type ({@code application/problem+json}), else the
     * first media type.
     */
    static Optional<Map.Entry<String, MediaType>> preferredMedia(Content content) {
        if (content == null || content.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, MediaType>> json = content.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase("application/json")).findFirst();
        if (json.isPresent()) {
            return json;
        }
        Optional<Map.Entry<String, MediaType>> jsonLike = content.entrySet().stream()
                .filter(entry -> isJson(entry.getKey())).findFirst();
        return jsonLike.isPresent() ? jsonLike : content.entrySet().stream().findFirst();
    }

    private static boolean isJson(String mediaType) {
        String lower = mediaType.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/json") || lower.contains("+json");
    }
}
