package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.crypto.FieldEncryptionEmitter;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.db.ColumnKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One {@code <Resource>Repository} per resource: the jOOQ statements on the generated table classes, with bind
 * values only. A list is one query for the page and one for the count (a keyset list, one query); sorting is limited to the resource's stored
 * properties; an owned resource's statements are scoped by the owner when there is one.
 */
final class RepositoryEmitter extends JavaEmitter<ResourceBinding> {

    /** The names of the bind values a page read has besides its filters', and of the constant listing them. */
    private static final String OWNER = "keel_owner";
    private static final String OFFSET = "keel_offset";
    private static final String LIMIT = "keel_limit";
    private static final String PAGE_PARAMETERS = "PAGE_PARAMETERS";
    private static final String TOTAL = "keel_total";
    private static final ClassName SELECT = ClassName.get("org.jooq", "Select");

    /** Column kinds a list cannot be ordered by. */
    private static final Set<ColumnKind> UNSORTABLE = EnumSet.of(ColumnKind.JSON, ColumnKind.JSONB,
            ColumnKind.BINARY, ColumnKind.ARRAY);

    private final Bindings bindings;

    RepositoryEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<ResourceBinding> inputs(EmitContext context) {
        return bindings.resources();
    }

    @Override
    protected String packageName(ResourceBinding resource, EmitContext context) {
        return DataNames.dataPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(ResourceBinding resource, EmitContext context) {
        ResourceCode code = new ResourceCode(context, resource);
        TypeSpec.Builder type = TypeSpec.classBuilder(code.repositoryClass())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        Reads and writes table {@code $L} for the resource {@code $L}, with jOOQ on the generated table
                        classes: one statement per call, values always as bind values. Declare a bean of this type (a
                        subclass, say) to replace it.
                        """, resource.table().name(), resource.name())
                .addField(FieldSpec.builder(DataTypes.DSL_CONTEXT, "dsl", Modifier.PROTECTED, Modifier.FINAL).build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataTypes.DSL_CONTEXT, "dsl")
                .addStatement("this.dsl = dsl");
        if (code.encrypts()) {
            ClassName encryption = FieldEncryptionEmitter.encryptionClass(context);
            type.addField(FieldSpec.builder(encryption, "encryption", Modifier.PROTECTED, Modifier.FINAL)
                    .addJavadoc("Encrypts the x-keel-encrypted columns on the way in, decrypts them on the way out.\n")
                    .build());
            constructor.addParameter(encryption, "encryption").addStatement("this.encryption = encryption");
        }
        Optional<ListQuery> list = code.list();
        Optional<ListQuery> pages = list.filter(query -> !query.keyset());
        if (pages.isPresent()) {
            ClassName queries = context.supportClass(RenderedQueriesEmitter.NAME);
            type.addField(FieldSpec.builder(queries, "queries", Modifier.PROTECTED, Modifier.FINAL)
                    .addJavadoc("The list reads' SQL, rendered once per {@link #listShape shape}.\n").build());
            constructor.addStatement("this.queries = new $T(dsl)", queries);
            type.addField(pageParameters(code));
        }
        type.addMethod(constructor.build());
        list.flatMap(ListQuery::sort).ifPresent(sort -> addSortable(type, code));
        if (code.hasItemOperation()) {
            type.addMethod(findById(code));
            if (resource.version().isPresent()) {
                type.addMethod(existsById(code));
            }
        }
        list.ifPresent(query -> {
            if (query.keyset()) {
                type.addMethod(CursorCode.findAfter(code));
                return;
            }
            type.addMethod(findPage(code, query));
            if (query.needsTotal()) {
                type.addMethod(count(code));
                type.addMethod(findPageAndCount(code, query));
                type.addMethod(pageAndCount(code, query));
                type.addType(countedPage(code));
            }
        });
        type.addMethods(new RepositoryWrites(code).methods());
        list.ifPresent(query -> type.addMethod(listFilter(code, query)));
        pages.ifPresent(query -> type.addMethod(listShape(code, query)));
        list.flatMap(ListQuery::sort).ifPresent(sort -> type.addMethod(orderBy(code, sort)));
        if (code.owned()) {
            type.addMethod(ownedBy(code));
        }
        type.addMethod(mapper(code));
        enumsRead(code).forEach(schema -> type.addMethod(code.columns.enumReaderMethod(schema)));
        return type;
    }

    private static MethodSpec findById(ResourceCode code) {
        CodeBlock.Builder statement = CodeBlock.builder()
                .add("return dsl.selectFrom($L)$>$>\n.where($L)", code.table(), code.keyCondition("key"));
        if (code.owned()) {
            statement.add("\n.and(ownedBy(owner))");
        }
        return MethodSpec.methodBuilder("findById")
                .addJavadoc("The row with the key$L.\n", code.owned() ? ", when the owner (if any) owns it" : "")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), code.resourceClass()))
                .addParameters(code.ownerParameter())
                .addParameter(code.keyType(), "key")
                .addCode(statement.add("\n.fetchOptional(this::$L);\n$<$<", code.mapper()).build())
                .build();
    }

    private static MethodSpec existsById(ResourceCode code) {
        CodeBlock condition = code.owned() ? CodeBlock.of("$L.and(ownedBy(owner))", code.keyCondition("key"))
                : code.keyCondition("key");
        return MethodSpec.methodBuilder("existsById")
                .addJavadoc("Whether a row has the key; tells a stale version from a missing row.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameters(code.ownerParameter())
                .addParameter(code.keyType(), "key")
                .addStatement("return dsl.fetchExists($L, $L)", code.table(), condition)
                .build();
    }

    private static MethodSpec findPage(ResourceCode code, ListQuery query) {
        return pageMethod(code, query, "findPage", true)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("One page of the rows that pass the filters, in the requested order, ties broken by key.\n")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass()))
                .addCode(CodeBlock.builder()
                        .add("return queries.fetch($S, $L, () -> dsl.selectFrom($L)$>$>", "findPage", shape(code, query),
                                code.table())
                        .add("\n.where(listFilter($L))", ResourceCode.arguments(filterArguments(code)))
                        .add("\n.orderBy($L)", pageOrder(code, query))
                        .add("\n$L,", limitAndOffset())
                        .add("\n$L)", pageValues(code))
                        .add("\n.map(this::$L);\n$<$<", code.mapper())
                        .build())
                .build();
    }

    private static CodeBlock limitAndOffset() {
        return CodeBlock.of(".limit($T.param($S, limit))\n.offset($T.param($S, offset))", DataTypes.DSL, LIMIT,
                DataTypes.DSL, OFFSET);
    }

    /** The constant naming the bind values of a page read, in the order {@link #pageValues} gives them. */
    private static FieldSpec pageParameters(ResourceCode code) {
        List<CodeBlock> names = namedPageValues(code).keySet().stream().map(name -> CodeBlock.of("$S", name)).toList();
        return FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), PAGE_PARAMETERS,
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The names of a page read's bind values; an IN list's values have none.\n")
                .initializer("$T.of($L)", List.class, ResourceCode.arguments(names))
                .build();
    }

    /** {@code PAGE_PARAMETERS, <owner>, <each scalar filter's column value>, offset, limit}. */
    private static CodeBlock pageValues(ResourceCode code) {
        List<CodeBlock> values = new ArrayList<>();
        values.add(CodeBlock.of("$L", PAGE_PARAMETERS));
        values.addAll(namedPageValues(code).values());
        return ResourceCode.arguments(values);
    }

    /** The named bind values of a page read, by name, as the repository's page methods compute them. */
    private static Map<String, CodeBlock> namedPageValues(ResourceCode code) {
        Map<String, CodeBlock> values = new LinkedHashMap<>();
        if (code.owned()) {
            values.put(OWNER, CodeBlock.of("owner.orElse(null)"));
        }
        for (ListQuery.Filter filter : code.list().orElseThrow().filters()) {
            if (!(filter.parameter().type() instanceof TypeRef.ListOf)) {
                String name = filter.parameter().javaName();
                values.put(filterName(filter), CodeBlock.of("$L == null ? null : $L", name, code.columns.writePresent(
                        filter.column().property().type(), filter.column().column(), CodeBlock.of("$L", name))));
            }
        }
        values.put(OFFSET, CodeBlock.of("offset"));
        values.put(LIMIT, CodeBlock.of("limit"));
        return values;
    }

    private static CodeBlock shape(ResourceCode code, ListQuery query) {
        return CodeBlock.of("listShape($L)", ResourceCode.arguments(pageArguments(code, query, false)));
    }

    /** The owner, the filters and the sort when the list has one, then offset and limit when {@code paged}. */
    private static List<CodeBlock> pageArguments(ResourceCode code, ListQuery query, boolean paged) {
        List<CodeBlock> arguments = filterArguments(code);
        query.sort().ifPresent(sort -> arguments.add(CodeBlock.of("sort")));
        if (paged) {
            arguments.add(CodeBlock.of("offset"));
            arguments.add(CodeBlock.of("limit"));
        }
        return arguments;
    }

    private static String filterName(ListQuery.Filter filter) {
        return "filter_" + filter.parameter().javaName();
    }

    /** A method taking the owner, the filters, the sort when the list has one, and offset and limit when paged. */
    private static MethodSpec.Builder pageMethod(ResourceCode code, ListQuery query, String name, boolean paged) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addParameters(code.ownerParameter())
                .addParameters(code.filterParameters());
        query.sort().ifPresent(sort -> method.addParameter(String.class, "sort"));
        return paged ? method.addParameter(TypeName.LONG, "offset").addParameter(TypeName.INT, "limit") : method;
    }

    private static List<CodeBlock> filterArguments(ResourceCode code) {
        List<CodeBlock> filter = new ArrayList<>(code.ownerArgument("owner"));
        filter.addAll(code.filterArguments());
        return filter;
    }

    private static CodeBlock pageOrder(ResourceCode code, ListQuery query) {
        return query.sort().isPresent() ? CodeBlock.of("orderBy(sort)")
                : CodeBlock.of("$L.asc()", code.field(code.resource.key()));
    }

    private static MethodSpec count(ResourceCode code) {
        List<CodeBlock> filter = filterArguments(code);
        return MethodSpec.methodBuilder("count")
                .addJavadoc("The number of rows that pass the filters, on all pages.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.LONG)
                .addParameters(code.ownerParameter())
                .addParameters(code.filterParameters())
                .addStatement("return dsl.fetchCount($L, listFilter($L))", code.table(), ResourceCode.arguments(filter))
                .build();
    }

    private static MethodSpec findPageAndCount(ResourceCode code, ListQuery query) {
        List<CodeBlock> filter = filterArguments(code);
        ClassName counted = countedPageClass(code);
        return pageMethod(code, query, "findPageAndCount", true)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("""
                        One page of the rows that pass the filters, as {@link #findPage} reads it, and their number on
                        all pages, in one statement; the service's list reads through this method. A page past the last
                        row has no row to carry the number, so it is counted apart.
                        """)
                .returns(counted)
                .addStatement("$T<? extends $T> page = queries.fetch($S, $L,$W() -> pageAndCount($L),$W$L)",
                        DataTypes.RESULT, DataTypes.RECORD, "findPageAndCount", shape(code, query),
                        ResourceCode.arguments(pageArguments(code, query, true)), pageValues(code))
                .beginControlFlow("if (page.isEmpty())")
                .addStatement("return new $T($T.of(), offset == 0 ? 0 : count($L))", counted, List.class,
                        ResourceCode.arguments(filter))
                .endControlFlow()
                .addStatement("return new $T(page.map(this::$L), page.get(0).get($S, $T.class))", counted,
                        code.mapper(), TOTAL, Long.class)
                .build();
    }

    /**
     * Page and total in one statement: the count is an uncorrelated subquery, which PostgreSQL runs once while the
     * page keeps its ordered, limited plan. It halves the round trips of a list, a cache miss's cost.
     */
    private static MethodSpec pageAndCount(ResourceCode code, ListQuery query) {
        List<CodeBlock> filter = filterArguments(code);
        return pageMethod(code, query, "pageAndCount", true)
                .addJavadoc("The statement of {@link #findPageAndCount}: the page's columns and {@code $L}.\n", TOTAL)
                .addModifiers(Modifier.PROTECTED)
                .returns(ParameterizedTypeName.get(SELECT, DataTypes.RECORD))
                .addStatement("$T filter = listFilter($L)", DataTypes.CONDITION, ResourceCode.arguments(filter))
                .addStatement("$T<$T> total = $T.field($T.selectCount().from($L).where(filter)).as($S)",
                        DataTypes.FIELD, Integer.class, DataTypes.DSL, DataTypes.DSL, code.table(), TOTAL)
                .addCode(CodeBlock.builder()
                        .add("return dsl.select($L.fields())$>$>", code.table())
                        .add("\n.select(total)\n.from($L)\n.where(filter)", code.table())
                        .add("\n.orderBy($L)\n$L;\n$<$<", pageOrder(code, query), limitAndOffset())
                        .build())
                .build();
    }

    /**
     * What the SQL text of a page read depends on: the filters that are set and the sort. The values are bound, so
     * they are not part of it.
     */
    private static MethodSpec listShape(ResourceCode code, ListQuery query) {
        List<CodeBlock> parts = new ArrayList<>();
        if (code.owned()) {
            parts.add(CodeBlock.of("owner.isPresent()"));
        }
        for (ListQuery.Filter filter : query.filters()) {
            String name = filter.parameter().javaName();
            parts.add(filter.parameter().type() instanceof TypeRef.ListOf
                    ? CodeBlock.of("$L == null || $L.isEmpty() ? 0 : $L.size()", name, name, name)
                    : CodeBlock.of("$L != null", name));
        }
        query.sort().ifPresent(sort -> parts.add(CodeBlock.of("sort")));
        return pageMethod(code, query, "listShape", false)
                .addJavadoc("""
                        What the SQL of a page read depends on besides its bind values: which filters are set, and the
                        sort. A subclass whose {@code listFilter} or {@code orderBy} depends on more adds it here.
                        """)
                .addModifiers(Modifier.PROTECTED)
                .returns(Object.class)
                .addStatement("return $T.asList($L)", Arrays.class,
                        parts.isEmpty() ? CodeBlock.of("") : ResourceCode.arguments(parts))
                .build();
    }

    private static ClassName countedPageClass(ResourceCode code) {
        return code.repositoryClass().nestedClass("CountedPage");
    }

    private static TypeSpec countedPage(ResourceCode code) {
        return TypeSpec.recordBuilder(countedPageClass(code))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("One page of rows and the number of rows on all pages.\n")
                .recordConstructor(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass()),
                                "rows")
                        .addParameter(TypeName.LONG, "total")
                        .build())
                .build();
    }

    /** The owner scope and one equality (or membership, for an array parameter) per filter that has a value. */
    private static MethodSpec listFilter(ResourceCode code, ListQuery query) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("listFilter")
                .addModifiers(Modifier.PROTECTED)
                .returns(DataTypes.CONDITION)
                .addParameters(code.ownerParameter())
                .addParameters(code.filterParameters())
                .addStatement("$T condition = $L", DataTypes.CONDITION,
                        code.owned() ? CodeBlock.of("ownedBy(owner)")
                                : CodeBlock.of("$T.noCondition()", DataTypes.DSL));
        for (ListQuery.Filter filter : query.filters()) {
            Parameter parameter = filter.parameter();
            ColumnBinding column = filter.column();
            CodeBlock field = code.field(column.column());
            if (parameter.type() instanceof TypeRef.ListOf) {
                CodeBlock value = code.columns.writePresent(column.property().type(), column.column(),
                        CodeBlock.of("value"));
                method.beginControlFlow("if ($L != null && !$L.isEmpty())", parameter.javaName(), parameter.javaName())
                        .addStatement("condition = condition.and($L.in($L.stream().map(value -> $L).toList()))", field,
                                parameter.javaName(), value);
            } else {
                CodeBlock value = code.columns.writePresent(column.property().type(), column.column(),
                        CodeBlock.of("$L", parameter.javaName()));
                method.beginControlFlow("if ($L != null)", parameter.javaName())
                        .addStatement("condition = condition.and($L.eq($T.named($S, $L, $L)))", field,
                                code.context.supportClass(RenderedQueriesEmitter.NAME), filterName(filter), field, value);
            }
            method.endControlFlow();
        }
        return method.addStatement("return condition").build();
    }

    private static void addSortable(TypeSpec.Builder type, ResourceCode code) {
        TypeName field = ParameterizedTypeName.get(DataTypes.FIELD, WildcardTypeName.subtypeOf(Object.class));
        TypeName map = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), field);
        type.addField(FieldSpec.builder(map, "SORTABLE", Modifier.PROTECTED, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The JSON names a list can be sorted by, with their columns, in the contract's order.\n")
                .initializer("sortable()")
                .build());
        MethodSpec.Builder method = MethodSpec.methodBuilder("sortable")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(map)
                .addStatement("$T fields = new $T<>()", map, LinkedHashMap.class);
        for (ColumnBinding binding : code.resource.resource().columns()) {
            if (!UNSORTABLE.contains(binding.column().kind())) {
                method.addStatement("fields.put($S, $L)", binding.property().name(), code.field(binding.column()));
            }
        }
        type.addMethod(method.addStatement("return $T.unmodifiableMap(fields)", Collections.class).build());
    }

    /**
     * Parses {@code createdAt:desc,name:asc} (direction optional, ascending by default) over the sortable fields;
     * anything else is a 400 naming the fields allowed. The key comes last so pages never overlap.
     */
    private static MethodSpec orderBy(ResourceCode code, Parameter sort) {
        TypeName sortField = ParameterizedTypeName.get(DataTypes.SORT_FIELD, WildcardTypeName.subtypeOf(Object.class));
        TypeName field = ParameterizedTypeName.get(DataTypes.FIELD, WildcardTypeName.subtypeOf(Object.class));
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), sortField);
        ClassName problem = code.context.supportClass(DataNames.API_PROBLEM);
        return MethodSpec.methodBuilder("orderBy")
                .addModifiers(Modifier.PROTECTED)
                .returns(list)
                .addParameter(String.class, "sort")
                .addStatement("$T order = new $T<>()", list, ArrayList.class)
                .beginControlFlow("for (String part : sort == null ? new String[0] : sort.split($S))", ",")
                .beginControlFlow("if (part.isBlank())")
                .addStatement("continue")
                .endControlFlow()
                .addStatement("String[] nameAndDirection = part.strip().split($S, 2)", ":")
                .addStatement("String name = nameAndDirection[0].strip()")
                .addStatement("$T column = SORTABLE.get(name)", field)
                .beginControlFlow("if (column == null)")
                .addStatement("throw $T.badRequest($S, $S + name + $S + String.join($S, SORTABLE.keySet()))", problem,
                        sort.name(), "Cannot sort by '", "'; sort by one of: ", ", ")
                .endControlFlow()
                .addStatement("String direction = nameAndDirection.length > 1 ? nameAndDirection[1].strip()"
                        + ".toLowerCase($T.ROOT) : $S", Locale.class, "asc")
                .beginControlFlow("if (!direction.equals($S) && !direction.equals($S))", "asc", "desc")
                .addStatement("throw $T.badRequest($S, $S + direction + $S)", problem, sort.name(),
                        "The direction must be asc or desc, not '", "'")
                .endControlFlow()
                .addStatement("order.add(direction.equals($S) ? column.desc() : column.asc())", "desc")
                .endControlFlow()
                .addStatement("order.add($L.asc())", code.field(code.resource.key()))
                .addStatement("return order")
                .build();
    }

    private static MethodSpec ownedBy(ResourceCode code) {
        return MethodSpec.methodBuilder("ownedBy")
                .addJavadoc("Rows of the owner; every row when there is none.\n")
                .addModifiers(Modifier.PROTECTED)
                .returns(DataTypes.CONDITION)
                .addParameters(code.ownerParameter())
                .addStatement("return owner.map(id -> $L.eq($T.named($S, $L, id))).orElse($T.noCondition())",
                        code.field(code.resource.owner().orElseThrow()),
                        code.context.supportClass(RenderedQueriesEmitter.NAME), OWNER,
                        code.field(code.resource.owner().orElseThrow()), DataTypes.DSL)
                .build();
    }

    /** The resource from a row; a transient property is {@code null}. */
    private static MethodSpec mapper(ResourceCode code) {
        Map<String, ColumnBinding> stored = new LinkedHashMap<>();
        code.resource.resource().columns().forEach(binding -> stored.put(binding.property().name(), binding));
        List<CodeBlock> arguments = new ArrayList<>();
        for (Property property : code.resource.resource().schema().properties()) {
            ColumnBinding binding = stored.get(property.name());
            CodeBlock read = binding == null ? CodeBlock.of("null")
                    : code.columns.read(property.type(), binding.column(), "record");
            arguments.add(binding != null && code.encrypted(binding.column())
                    ? CodeBlock.of("encryption.decrypt($L)", read) : read);
        }
        CodeBlock.Builder body = CodeBlock.builder().add("return new $T($>$>", code.resourceClass());
        for (int i = 0; i < arguments.size(); i++) {
            body.add("\n$L$L", arguments.get(i), i < arguments.size() - 1 ? "," : "");
        }
        return MethodSpec.methodBuilder(code.mapper())
                .addJavadoc("The resource from a row of the table.\n")
                .addModifiers(Modifier.PROTECTED)
                .returns(code.resourceClass())
                .addParameter(ParameterSpec.builder(DataTypes.RECORD, "record").build())
                .addCode(body.add(");\n$<$<").build())
                .build();
    }

    private static List<EnumSchema> enumsRead(ResourceCode code) {
        List<EnumSchema> enums = new ArrayList<>();
        for (ColumnBinding binding : code.resource.resource().columns()) {
            code.columns.enumSchema(binding.property().type())
                    .filter(schema -> !enums.contains(schema))
                    .ifPresent(enums::add);
        }
        return enums;
    }
}
