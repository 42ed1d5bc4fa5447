package dev.keel.core.bind;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the CRUD-shaped operations of each bound resource. An operation is CRUD-shaped by {@code x-keel-crud}, or
 * by its shape: {@code GET}/{@code POST} of a collection path without path parameters, {@code GET}/{@code PUT}/
 * {@code PATCH}/{@code DELETE} of {@code <collection>/{key}}. Its resource is the bound schema it answers with (the
 * items of a list), or the one its collection's other operations answer with. An operation marked
 * {@code x-keel-crud} that cannot be served is an error; one that only looks CRUD-shaped a warning.
 */
final class CrudDetector {

    private static final Set<TypeRef.Scalar.Kind> CURSOR_KEYS = EnumSet.of(TypeRef.Scalar.Kind.STRING,
            TypeRef.Scalar.Kind.UUID, TypeRef.Scalar.Kind.INT32, TypeRef.Scalar.Kind.INT64);
    private static final Pattern LAST_VARIABLE = Pattern.compile("^(.*)/\\{([^}/]+)}/?$");

    private final ApiModel api;
    private final SchemaBinder schemas;
    private final TypeFit fit;
    private final ListShapes lists;
    private final ResourceColumns special;
    private final BindProblems problems;

    CrudDetector(ApiModel api, SchemaBinder schemas, TypeFit fit, ListShapes lists, ResourceColumns special,
            BindProblems problems) {
        this.api = api;
        this.schemas = schemas;
        this.fit = fit;
        this.lists = lists;
        this.special = special;
        this.problems = problems;
    }

    /** An operation classified as CRUD-shaped, before it is checked against its resource. */
    private record Candidate(Operation operation, CrudKind kind, boolean explicit, Optional<String> resource) {
    }

    /** The resources with at least one servable operation, in the contract's operation order. */
    List<ResourceBinding> resources() {
        List<Candidate> candidates = api.operations().stream().map(this::classify).flatMap(Optional::stream).toList();
        Map<String, String> resourceByCollection = new HashMap<>();
        candidates.forEach(candidate -> candidate.resource().ifPresent(resource ->
                resourceByCollection.putIfAbsent(collectionPath(candidate.operation()), resource)));
        Map<String, List<Candidate>> byResource = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Optional<String> resource = candidate.resource()
                    .or(() -> Optional.ofNullable(resourceByCollection.get(collectionPath(candidate.operation()))));
            if (resource.isPresent()) {
                byResource.computeIfAbsent(resource.get(), name -> new ArrayList<>()).add(candidate);
            } else if (candidate.explicit()) {
                problems.error(candidate.operation().pointer(), candidate.operation().operationId()
                        + " is marked x-keel-crud: " + candidate.kind().extensionValue() + ", but neither it nor "
                        + "another operation of its collection answers with a schema bound to a table");
            }
        }
        List<ResourceBinding> resources = new ArrayList<>();
        byResource.forEach((name, operations) -> resource(name, operations).ifPresent(resources::add));
        return resources;
    }

    private Optional<Candidate> classify(Operation operation) {
        if (operation.answersSeveralWays()) {
            if (operation.crud().isPresent()) {
                problems.error(operation.pointer() + "/x-keel-crud", operation.operationId() + " is marked "
                        + "x-keel-crud, but it answers several ways (several 2xx responses, or response headers), "
                        + "which the handler chooses; a CRUD operation answers one way");
            }
            return Optional.empty();
        }
        if (operation.crud().isPresent()) {
            Optional<CrudKind> kind = CrudKind.fromExtension(operation.crud().get());
            if (kind.isEmpty()) {
                problems.error(operation.pointer() + "/x-keel-crud", "x-keel-crud must be one of list, create, "
                        + "get, replace, patch, delete; found '" + operation.crud().get() + "'");
            }
            return kind.map(value -> new Candidate(operation, value, true, directResource(operation, value)));
        }
        return inferredKind(operation)
                .map(kind -> new Candidate(operation, kind, false, directResource(operation, kind)));
    }

    /** The kind an operation's method and path suggest; a shape that does not fit exactly suggests none. */
    private Optional<CrudKind> inferredKind(Operation operation) {
        boolean item = keyVariable(operation).isPresent() && pathParameters(operation).size() == 1;
        boolean collection = pathParameters(operation).isEmpty();
        boolean body = operation.requestBody().isPresent();
        CrudKind kind = switch (operation.method()) {
            case GET -> item ? CrudKind.GET : collection ? CrudKind.LIST : null;
            case POST -> collection && body ? CrudKind.CREATE : null;
            case PUT -> item && body ? CrudKind.REPLACE : null;
            case PATCH -> item && body ? CrudKind.PATCH : null;
            case DELETE -> item ? CrudKind.DELETE : null;
            default -> null;
        };
        boolean answersWithResource = kind != CrudKind.GET && kind != CrudKind.LIST
                || directResource(operation, kind).isPresent();
        return kind != null && answersWithResource ? Optional.of(kind) : Optional.empty();
    }

    private Optional<String> directResource(Operation operation, CrudKind kind) {
        if (kind == CrudKind.LIST) {
            return lists.listedSchema(operation).filter(name -> schemas.bound(name).isPresent());
        }
        if (kind == CrudKind.DELETE) {
            return Optional.empty();
        }
        return operation.successResponse().flatMap(Response::body)
                .filter(TypeRef.Named.class::isInstance)
                .map(type -> ((TypeRef.Named) type).schemaName())
                .filter(name -> schemas.bound(name).isPresent());
    }

    private Optional<ResourceBinding> resource(String name, List<Candidate> candidates) {
        SchemaBinding resource = schemas.bound(name).orElseThrow();
        Table table = resource.table();
        if (table.primaryKey().size() != 1) {
            candidates.forEach(candidate -> reject(candidate, name, "needs a table with a primary key of one column, "
                    + "and " + table.name() + " has " + table.primaryKey().size()));
            return Optional.empty();
        }
        Column key = table.column(table.primaryKey().get(0)).orElseThrow();
        List<CrudOperation> operations = new ArrayList<>();
        Set<CrudKind> servedKinds = EnumSet.noneOf(CrudKind.class);
        for (Candidate candidate : candidates) {
            if (servedKinds.contains(candidate.kind())) {
                problems.warning(candidate.operation().pointer(), candidate.operation().operationId() + " is a second "
                        + candidate.kind().extensionValue() + " operation of " + name + "; the data layer serves "
                        + "the first only, and this one keeps the handler's 501 default");
                continue;
            }
            Optional<CrudOperation> operation = crud(candidate, resource, key);
            operation.ifPresent(served -> {
                operations.add(served);
                servedKinds.add(served.kind());
            });
        }
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResourceBinding(resource, key, special.owner(resource), special.updatedAt(resource),
                special.version(table), operations));
    }

    private Optional<CrudOperation> crud(Candidate candidate, SchemaBinding resource, Column key) {
        Operation operation = candidate.operation();
        CrudKind kind = candidate.kind();
        String name = resource.schema().name();
        Optional<Parameter> keyParameter = Optional.empty();
        if (kind.onItem()) {
            keyParameter = keyVariable(operation).filter(variable -> pathParameters(operation).size() == 1);
            if (keyParameter.isEmpty()) {
                reject(candidate, name, "needs one path parameter, the last segment of its path, holding the key");
                return Optional.empty();
            }
            if (!keyFits(operation, keyParameter.get(), resource.table(), key)) {
                return Optional.empty();
            }
        } else if (!pathParameters(operation).isEmpty()) {
            reject(candidate, name, "has path parameters, and the data layer serves top-level collections only");
            return Optional.empty();
        }
        Optional<String> answer = kind == CrudKind.LIST ? lists.listedSchema(operation) : answeredSchema(operation);
        boolean answersWithResource = answer.map(name::equals).orElse(kind != CrudKind.LIST);
        if (!answersWithResource) {
            reject(candidate, name, kind == CrudKind.LIST
                    ? "does not answer with an array of " + name + ", plain or in an envelope object"
                    : "answers with " + answer.orElse("no body") + " rather than " + name);
            return Optional.empty();
        }
        Optional<SchemaBinding> body = Optional.empty();
        if (kind == CrudKind.CREATE || kind == CrudKind.REPLACE || kind == CrudKind.PATCH) {
            Optional<ObjectSchema> bodySchema = operation.requestBody().map(RequestBody::type).flatMap(this::object);
            if (bodySchema.isEmpty()) {
                reject(candidate, name, "has no object request body");
                return Optional.empty();
            }
            body = Optional.of(schemas.bind(bodySchema.get(), resource.table(), Optional.of(resource)));
        }
        Optional<ListQuery> list = kind == CrudKind.LIST ? Optional.of(lists.query(operation, resource))
                : Optional.empty();
        if (list.filter(ListQuery::keyset).isPresent() && !cursorKey(resource, key)) {
            reject(candidate, name, "is paged by cursor, and the cursor holds the key " + resource.table().name()
                    + "." + key.name() + ", which needs a string, uuid or integer property of " + name);
            return Optional.empty();
        }
        return Optional.of(new CrudOperation(kind, operation, keyParameter, body, list));
    }

    /** A keyset cursor holds the last row's key, read from the property bound to it. */
    private static boolean cursorKey(SchemaBinding resource, Column key) {
        return resource.column(key.name())
                .map(binding -> binding.property().type())
                .filter(type -> type instanceof TypeRef.Scalar scalar && CURSOR_KEYS.contains(scalar.kind()))
                .isPresent();
    }

    private boolean keyFits(Operation operation, Parameter parameter, Table table, Column key) {
        Optional<String> misfit = fit.misfit(parameter.type(), key);
        misfit.ifPresent(reason -> problems.error(operation.pointer(), "Path parameter '" + parameter.name()
                + "' of " + operation.operationId() + " is " + fit.describe(parameter.type()) + ", but it holds the "
                + "key " + table.name() + "." + key.name() + ", which is " + key.sqlType() + ": " + reason));
        return misfit.isEmpty();
    }

    private void reject(Candidate candidate, String resource, String reason) {
        Operation operation = candidate.operation();
        String kind = candidate.kind().extensionValue();
        if (candidate.explicit()) {
            problems.error(operation.pointer(), operation.operationId() + " is marked x-keel-crud: " + kind
                    + " of " + resource + ", but it " + reason);
        } else {
            problems.warning(operation.pointer(), operation.operationId() + " looks like the " + kind
                    + " operation of " + resource + ", but it " + reason + "; it keeps the handler's 501 default");
        }
    }

    private Optional<String> answeredSchema(Operation operation) {
        return operation.successResponse().flatMap(Response::body)
                .map(type -> type instanceof TypeRef.Named named ? named.schemaName() : "a " + fit.describe(type));
    }

    private Optional<ObjectSchema> object(TypeRef type) {
        if (type instanceof TypeRef.Named named) {
            Optional<SchemaDef> schema = api.schema(named.schemaName());
            if (schema.isPresent() && schema.get() instanceof ObjectSchema object) {
                return Optional.of(object);
            }
        }
        return Optional.empty();
    }

    /** The path parameter named by the last path segment, {@code id} in {@code /projects/{id}}. */
    private static Optional<Parameter> keyVariable(Operation operation) {
        Matcher matcher = LAST_VARIABLE.matcher(operation.path());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return pathParameters(operation).stream()
                .filter(parameter -> parameter.name().equals(matcher.group(2)))
                .findFirst();
    }

    private static List<Parameter> pathParameters(Operation operation) {
        return operation.parameters().stream().filter(parameter -> parameter.in() == Parameter.Location.PATH).toList();
    }

    /** The collection an operation belongs to: its path, or for an item path the path without the key. */
    private static String collectionPath(Operation operation) {
        Matcher matcher = LAST_VARIABLE.matcher(operation.path());
        String path = matcher.matches() ? matcher.group(1) : operation.path();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
