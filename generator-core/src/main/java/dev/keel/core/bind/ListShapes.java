package dev.keel.core.bind;

import dev.keel.core.model.ApiModel;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.PageEnvelope;
import dev.keel.core.model.bind.SchemaBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shape of list operations: a plain array of the resource or an envelope object with one array of it and page
 * values ({@code page}, {@code limit}, {@code total}, {@code totalPages}, also one level down as in
 * {@code pagination}), and the query parameters for page, page size, sort and equality filters. A list marked
 * {@code x-keel-pagination: cursor} instead takes a {@code cursor} and answers with the rows and {@code nextCursor}.
 */
final class ListShapes {

    private static final Set<String> PAGE = Set.of("page", "pageNumber", "page_number", "currentPage");
    private static final Set<String> LIMIT = Set.of("limit", "size", "pageSize", "page_size", "perPage", "per_page");
    private static final Set<String> SORT = Set.of("sort", "orderBy", "order_by");
    private static final String CURSOR = "cursor";
    private static final String NEXT_CURSOR = "nextCursor";
    private static final Map<PageEnvelope.Value, Set<String>> PAGE_VALUES = Map.of(
            PageEnvelope.Value.PAGE, PAGE,
            PageEnvelope.Value.LIMIT, LIMIT,
            PageEnvelope.Value.TOTAL, Set.of("total", "totalCount", "total_count", "totalItems", "totalElements",
                    "count"),
            PageEnvelope.Value.TOTAL_PAGES, Set.of("totalPages", "total_pages", "pages", "pageCount"));

    private final ApiModel api;
    private final BindProblems problems;

    ListShapes(ApiModel api, BindProblems problems) {
        this.api = api;
        this.problems = problems;
    }

    /** The resource a list answers with: the items of a plain array or of an envelope's one array. */
    Optional<String> listedSchema(Operation operation) {
        Optional<TypeRef> body = operation.successResponse().flatMap(Response::body);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> plain = itemsOf(body.get());
        if (plain.isPresent()) {
            return plain;
        }
        List<String> arrays = object(body.get()).map(schema -> schema.properties().stream()
                .map(property -> itemsOf(property.type()))
                .flatMap(Optional::stream)
                .toList()).orElse(List.of());
        return arrays.size() == 1 ? Optional.of(arrays.get(0)) : Optional.empty();
    }

    ListQuery query(Operation operation, SchemaBinding resource) {
        List<Parameter> query = operation.parameters().stream()
                .filter(parameter -> parameter.in() == Parameter.Location.QUERY)
                .toList();
        if (operation.cursorPaginated()) {
            return keysetQuery(operation, resource, query);
        }
        Optional<Parameter> page = named(query, PAGE).filter(ListShapes::isInteger);
        Optional<Parameter> limit = named(query, LIMIT).filter(ListShapes::isInteger);
        Optional<Parameter> sort = named(query, SORT).filter(parameter -> isKind(parameter.type(), Kind.STRING));
        List<ListQuery.Filter> filters = filters(operation, resource, query, List.of(page, limit, sort));
        TypeRef body = operation.successResponse().flatMap(Response::body).orElseThrow();
        Optional<PageEnvelope> envelope = itemsOf(body).isPresent() ? Optional.empty()
                : object(body).map(schema -> envelope(schema, resource.schema().name(), true));
        return new ListQuery(page, limit, sort, filters, envelope);
    }

    /**
     * A list marked {@code x-keel-pagination: cursor}: a string {@code cursor} parameter, a page size, equality
     * filters, and an envelope with the rows and a {@code nextCursor} string.
     */
    private ListQuery keysetQuery(Operation operation, SchemaBinding resource, List<Parameter> query) {
        String marked = operation.operationId() + " is marked x-keel-pagination: cursor, but ";
        Optional<Parameter> cursor = named(query, Set.of(CURSOR)).filter(parameter -> isKind(parameter.type(),
                Kind.STRING));
        if (cursor.isEmpty()) {
            problems.error(operation.pointer(), marked + "it has no string query parameter '" + CURSOR + "'");
        }
        Optional<Parameter> limit = named(query, LIMIT).filter(ListShapes::isInteger);
        List<ListQuery.Filter> filters = filters(operation, resource, query, List.of(cursor, limit));
        TypeRef body = operation.successResponse().flatMap(Response::body).orElseThrow();
        Optional<ObjectSchema> wrapper = itemsOf(body).isPresent() ? Optional.empty() : object(body);
        Optional<PageEnvelope> envelope = wrapper.map(schema -> cursorEnvelope(schema, resource.schema().name()));
        boolean hasNext = envelope.stream().flatMap(page -> page.slots().stream())
                .anyMatch(slot -> slot.value() == PageEnvelope.Value.NEXT_CURSOR);
        if (!hasNext) {
            problems.error(wrapper.map(ObjectSchema::pointer).orElse(operation.pointer()), marked + "its response "
                    + wrapper.map(schema -> schema.name() + " has").orElse("is a plain array with")
                    + " no string property '" + NEXT_CURSOR + "' beside the array of " + resource.schema().name());
        }
        return new ListQuery(Optional.empty(), limit, Optional.empty(), filters, envelope, cursor);
    }

    /** The rows, {@code nextCursor}, the page size; nothing else the data layer knows of a keyset page. */
    private PageEnvelope cursorEnvelope(ObjectSchema schema, String resource) {
        List<PageEnvelope.Slot> slots = new ArrayList<>();
        for (Property property : schema.properties()) {
            PageEnvelope.Value value = PageEnvelope.Value.NONE;
            if (itemsOf(property.type()).filter(resource::equals).isPresent()) {
                value = PageEnvelope.Value.ITEMS;
            } else if (property.name().equals(NEXT_CURSOR) && isKind(property.type(), Kind.STRING)) {
                value = PageEnvelope.Value.NEXT_CURSOR;
            } else if (pageValue(property).filter(PageEnvelope.Value.LIMIT::equals).isPresent()) {
                value = PageEnvelope.Value.LIMIT;
            }
            slots.add(new PageEnvelope.Slot(property, value, Optional.empty()));
        }
        return new PageEnvelope(schema, slots);
    }

    /** The query parameters but the {@code taken} ones that are stored properties of the resource. */
    private List<ListQuery.Filter> filters(Operation operation, SchemaBinding resource, List<Parameter> query,
            List<Optional<Parameter>> taken) {
        List<ListQuery.Filter> filters = new ArrayList<>();
        for (Parameter parameter : query) {
            if (taken.contains(Optional.of(parameter))) {
                continue;
            }
            Optional<ColumnBinding> column = resource.property(parameter.name())
                    .filter(binding -> filters(parameter.type(), binding.property().type()));
            if (column.isPresent() && column.get().property().encrypted()) {
                problems.error(operation.pointer(), "Query parameter '" + parameter.name() + "' of "
                        + operation.operationId() + " filters by " + resource.schema().name() + "."
                        + parameter.name() + ", which is x-keel-encrypted: its column holds ciphertext that no value "
                        + "equals; drop the parameter or the encryption");
            } else if (column.isPresent()) {
                filters.add(new ListQuery.Filter(parameter, column.get()));
            } else {
                problems.warning(operation.pointer(), "Query parameter '" + parameter.name() + "' of "
                        + operation.operationId() + " is not a stored property of " + resource.schema().name()
                        + " of the same type; the generated list ignores it");
            }
        }
        return filters;
    }

    private PageEnvelope envelope(ObjectSchema schema, String resource, boolean outer) {
        List<PageEnvelope.Slot> slots = new ArrayList<>();
        for (Property property : schema.properties()) {
            if (outer && itemsOf(property.type()).filter(resource::equals).isPresent()) {
                slots.add(new PageEnvelope.Slot(property, PageEnvelope.Value.ITEMS, Optional.empty()));
                continue;
            }
            Optional<PageEnvelope.Value> value = pageValue(property);
            if (value.isPresent()) {
                slots.add(new PageEnvelope.Slot(property, value.get(), Optional.empty()));
                continue;
            }
            Optional<ObjectSchema> nested = outer ? object(property.type()).filter(ListShapes::holdsPageValues)
                    : Optional.empty();
            slots.add(nested.isPresent()
                    ? new PageEnvelope.Slot(property, PageEnvelope.Value.NESTED,
                            Optional.of(envelope(nested.get(), resource, false)))
                    : new PageEnvelope.Slot(property, PageEnvelope.Value.NONE, Optional.empty()));
        }
        return new PageEnvelope(schema, slots);
    }

    private static boolean holdsPageValues(ObjectSchema schema) {
        return schema.properties().stream().anyMatch(property -> pageValue(property).isPresent());
    }

    private static Optional<PageEnvelope.Value> pageValue(Property property) {
        if (!isKind(property.type(), Kind.INT32) && !isKind(property.type(), Kind.INT64)) {
            return Optional.empty();
        }
        return PAGE_VALUES.entrySet().stream()
                .filter(entry -> entry.getValue().contains(property.name()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** A filter parameter has the property's type, or is an array of it (any of the values). */
    private static boolean filters(TypeRef parameter, TypeRef property) {
        return parameter.equals(property)
                || parameter instanceof TypeRef.ListOf list && list.items().equals(property);
    }

    private static Optional<Parameter> named(List<Parameter> parameters, Set<String> names) {
        return parameters.stream().filter(parameter -> names.contains(parameter.name())).findFirst();
    }

    private static boolean isInteger(Parameter parameter) {
        return isKind(parameter.type(), Kind.INT32) || isKind(parameter.type(), Kind.INT64);
    }

    private static boolean isKind(TypeRef type, Kind kind) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == kind;
    }

    private static Optional<String> itemsOf(TypeRef type) {
        if (type instanceof TypeRef.ListOf list && list.items() instanceof TypeRef.Named named) {
            return Optional.of(named.schemaName());
        }
        return Optional.empty();
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
}
