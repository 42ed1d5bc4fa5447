package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.Response;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.bind.ColumnBinding;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.PageEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * A keyset list ({@code x-keel-pagination: cursor}): one query for the rows past the key the cursor holds, in key
 * order, one row more than the page size to know whether a next page exists; the cursor of the last row when it
 * does. The cursor is the key as URL-safe Base64 behind a format mark: opaque to clients, not secret.
 */
final class CursorCode {

    /** Marks a cursor Keel handed out, so that other Base64 text is refused rather than read as a key. */
    static final String FORMAT = "k1:";

    private final ResourceCode code;
    private final ListQuery query;
    private final Set<String> taken = new HashSet<>();

    private CursorCode(ResourceCode code, ListQuery query) {
        this.code = code;
        this.query = query;
    }

    static boolean applies(ResourceCode code) {
        return code.list().filter(ListQuery::keyset).isPresent();
    }

    /** The service's list method: parameters {@code cursor}, the page size if declared, then the filters. */
    static MethodSpec.Builder addTo(MethodSpec.Builder method, ResourceCode code, CrudOperation operation) {
        TypeRef answer = operation.operation().successResponse().flatMap(Response::body).orElseThrow();
        return new CursorCode(code, operation.list().orElseThrow()).write(method, code.types.of(answer));
    }

    private MethodSpec.Builder write(MethodSpec.Builder method, TypeName returnType) {
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(query.cursor().orElseThrow());
        query.limit().ifPresent(parameters::add);
        query.filters().forEach(filter -> parameters.add(filter.parameter()));
        parameters.forEach(parameter -> {
            method.addParameter(code.types.of(parameter.type()), parameter.javaName());
            taken.add(parameter.javaName());
        });
        method.returns(returnType);
        String pageSize = free("pageSize");
        String owner = free("owner");
        String rows = free("rows");
        String items = free("items");
        String next = free("next");
        if (query.limit().isPresent()) {
            method.addStatement("int $L = $L", pageSize, ListCode.bounded(query.limit().get(),
                    ListCode.defaultOf(query.limit().get(), ListCode.DEFAULT_LIMIT)));
        } else {
            method.addComment("The contract declares no page size: the default one.")
                    .addStatement("int $L = $L", pageSize, ListCode.DEFAULT_LIMIT);
        }
        List<CodeBlock> arguments = new ArrayList<>();
        if (code.owned()) {
            method.addStatement("$T $L = owners.visibleOwner()", ResourceCode.OWNER, owner);
            arguments.add(CodeBlock.of("$L", owner));
        }
        arguments.addAll(code.filterArguments());
        arguments.add(CodeBlock.of("decodeCursor($L)", query.cursor().orElseThrow().javaName()));
        arguments.add(CodeBlock.of("$T.min($L, $T.MAX_VALUE - 1) + 1", Math.class, pageSize, Integer.class));
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass());
        method.addStatement("$T $L = repository.findAfter($L)", list, rows, ResourceCode.arguments(arguments))
                .addStatement("$T $L = $L.size() > $L ? $T.copyOf($L.subList(0, $L)) : $L", list, items, rows,
                        pageSize, List.class, rows, pageSize, rows)
                .addStatement("String $L = $L.size() > $L ? encodeCursor($L.get($L - 1)) : null", next, rows,
                        pageSize, items, pageSize);
        PageEnvelope envelope = query.envelope().orElseThrow();
        List<CodeBlock> slots = new ArrayList<>();
        for (PageEnvelope.Slot slot : envelope.slots()) {
            slots.add(switch (slot.value()) {
                case ITEMS -> CodeBlock.of("$L", items);
                case NEXT_CURSOR -> CodeBlock.of("$L", next);
                case LIMIT -> slot.property().type().equals(TypeRef.scalar(TypeRef.Scalar.Kind.INT64))
                        ? CodeBlock.of("(long) $L", pageSize) : CodeBlock.of("$L", pageSize);
                default -> CodeBlock.of("null");
            });
        }
        return method.addStatement("return new $T($L)", code.context.schemaClass(envelope.schema().name()),
                ResourceCode.arguments(slots));
    }

    /** The service's cursor helpers, protected so a subclass can change the format. */
    static List<MethodSpec> serviceHelpers(ResourceCode code) {
        ColumnBinding key = keyBinding(code);
        TypeName keyType = code.types.of(key.property().type());
        ClassName problem = code.context.supportClass(DataNames.API_PROBLEM);
        String cursor = code.list().orElseThrow().cursor().orElseThrow().name();
        MethodSpec encode = MethodSpec.methodBuilder("encodeCursor")
                .addJavadoc("The cursor of the page after {@code row}: its key, opaque to the client.\n")
                .addModifiers(Modifier.PROTECTED)
                .returns(String.class)
                .addParameter(code.resourceClass(), "row")
                .addStatement("String position = $S + row.$L()", FORMAT, key.property().javaName())
                .addStatement("return $T.getUrlEncoder().withoutPadding().encodeToString(position.getBytes($T.UTF_8))",
                        Base64.class, StandardCharsets.class)
                .build();
        MethodSpec decode = MethodSpec.methodBuilder("decodeCursor")
                .addJavadoc("The key a cursor holds; {@code null} for none, the first page; a 400 for one this API "
                        + "did not hand out.\n")
                .addModifiers(Modifier.PROTECTED)
                .returns(keyType)
                .addParameter(String.class, "cursor")
                .beginControlFlow("if (cursor == null || cursor.isEmpty())")
                .addStatement("return null")
                .endControlFlow()
                .beginControlFlow("try")
                .addStatement("String position = new String($T.getUrlDecoder().decode(cursor), $T.UTF_8)",
                        Base64.class, StandardCharsets.class)
                .beginControlFlow("if (position.startsWith($S))", FORMAT)
                .addStatement("return $L", parse(key.property(), CodeBlock.of("position.substring($L)",
                        FORMAT.length())))
                .endControlFlow()
                .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
                .addComment("Not Base64, or not a key: answered below like any other foreign cursor.")
                .endControlFlow()
                .addStatement("throw $T.badRequest($S, $S)", problem, cursor,
                        "The cursor is not one this API handed out; start again without it.")
                .build();
        return List.of(encode, decode);
    }

    /** The repository's one query for a keyset page. */
    static MethodSpec findAfter(ResourceCode code) {
        ColumnBinding key = keyBinding(code);
        List<CodeBlock> filter = new ArrayList<>(code.ownerArgument("owner"));
        filter.addAll(code.filterArguments());
        CodeBlock field = code.field(code.resource.key());
        CodeBlock after = code.columns.writePresent(key.property().type(), code.resource.key(), CodeBlock.of("after"));
        return MethodSpec.methodBuilder("findAfter")
                .addJavadoc("Up to {@code limit} rows that pass the filters and whose key follows {@code after} (all "
                        + "when it is null), in key order.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass()))
                .addParameters(code.ownerParameter())
                .addParameters(code.filterParameters())
                .addParameter(code.types.of(key.property().type()), "after")
                .addParameter(TypeName.INT, "limit")
                .addCode(CodeBlock.builder()
                        .add("return dsl.selectFrom($L)$>$>", code.table())
                        .add("\n.where(listFilter($L))", ResourceCode.arguments(filter))
                        .add("\n.and(after == null ? $T.noCondition() : $L.gt($L))", DataTypes.DSL, field, after)
                        .add("\n.orderBy($L.asc())", field)
                        .add("\n.limit(limit)")
                        .add("\n.fetch(this::$L);\n$<$<", code.mapper())
                        .build())
                .build();
    }

    private static ColumnBinding keyBinding(ResourceCode code) {
        return code.resource.resource().column(code.resource.key().name()).orElseThrow(() ->
                new IllegalStateException(code.resource.name() + " has no property bound to its key"));
    }

    /** The key from its text; the binder admits string, uuid and integer keys only. */
    private static CodeBlock parse(Property key, CodeBlock text) {
        TypeRef.Scalar.Kind kind = ((TypeRef.Scalar) key.type()).kind();
        return switch (kind) {
            case UUID -> CodeBlock.of("$T.fromString($L)", UUID.class, text);
            case INT64 -> CodeBlock.of("$T.valueOf($L)", Long.class, text);
            case INT32 -> CodeBlock.of("$T.valueOf($L)", Integer.class, text);
            default -> text;
        };
    }

    private String free(String wanted) {
        String name = wanted;
        while (taken.contains(name) || name.equals("repository") || name.equals("owners")) {
            name = name + "Value";
        }
        taken.add(name);
        return name;
    }
}
