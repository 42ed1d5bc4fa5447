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
        type.addMethod(constructor.build());
        Optional<ListQuery> list = code.list();
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
                type.addType(countedPage(code));
            }
        });
        type.addMethods(new RepositoryWrites(code).methods());
        list.ifPresent(query -> type.addMethod(listFilter(code, query)));
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
        return pageMethod(code, query, "findPage")
                .addJavadoc("One page of the rows that pass the filters, in the requested order, ties broken by key.\n")
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass()))
                .addCode(CodeBlock.builder()
                        .add("return dsl.selectFrom($L)$>$>", code.table())
                        .add("\n.where(listFilter($L))", ResourceCode.arguments(filterArguments(code)))
                        .add("\n.orderBy($L)", pageOrder(code, query))
                        .add("\n.limit(limit)\n.offset(offset)")
                        .add("\n.fetch(this::$L);\n$<$<", code.mapper())
                        .build())
                .build();
    }

    /** A public method taking the owner, the filters, the sort when the list has one, the offset and the limit. */
    private static MethodSpec.Builder pageMethod(ResourceCode code, ListQuery query, String name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addParameters(code.ownerParameter())
                .addParameters(code.filterParameters());
        query.sort().ifPresent(sort -> method.addParameter(String.class, "sort"));
        return method.addParameter(TypeName.LONG, "offset").addParameter(TypeName.INT, "limit");
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

    /**
     * Page and total in one statement: the count is an uncorrelated subquery, which PostgreSQL runs once while the
     * page keeps its ordered, limited plan. It halves the round trips of a list, a cache miss's cost.
     */
    private static MethodSpec findPageAndCount(ResourceCode code, ListQuery query) {
        List<CodeBlock> filter = filterArguments(code);
        ClassName counted = countedPageClass(code);
        return pageMethod(code, query, "findPageAndCount")
                .addJavadoc("""
                        One page of the rows that pass the filters, as {@link #findPage} reads it, and their number on
                        all pages, in one statement; the service's list reads through this method. A page past the last
                        row has no row to carry the number, so it is counted apart.
                        """)
                .returns(counted)
                .addStatement("$T filter = listFilter($L)", DataTypes.CONDITION, ResourceCode.arguments(filter))
                .addStatement("$T<$T> total = $T.field($T.selectCount().from($L).where(filter)).as($S)",
                        DataTypes.FIELD, Integer.class, DataTypes.DSL, DataTypes.DSL, code.table(), "keel_total")
                .addCode(CodeBlock.builder()
                        .add("$T<$T> page = dsl.select($L.fields())$>$>", DataTypes.RESULT, DataTypes.RECORD,
                                code.table())
                        .add("\n.select(total)\n.from($L)\n.where(filter)", code.table())
                        .add("\n.orderBy($L)\n.limit(limit)\n.offset(offset)\n.fetch();\n$<$<", pageOrder(code, query))
                        .build())
                .beginControlFlow("if (page.isEmpty())")
                .addStatement("return new $T($T.of(), offset == 0 ? 0 : count($L))", counted, List.class,
                        ResourceCode.arguments(filter))
                .endControlFlow()
                .addStatement("return new $T(page.map(this::$L), page.get(0).get(total))", counted, code.mapper())
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
                        .addStatement("condition = condition.and($L.eq($L))", field, value);
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
                .addStatement("return owner.map(id -> $L.eq(id)).orElse($T.noCondition())",
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
