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
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.PageEnvelope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The service's list method: page number and size from the parameters (their defaults, else 1 and
 * {@value #DEFAULT_LIMIT}), one query for the rows and one for the count, and the response: the rows, or the
 * envelope with the rows and its page values.
 */
final class ListCode {

    static final int DEFAULT_LIMIT = 20;

    private final ResourceCode code;
    private final ListQuery query;
    private final Set<String> taken = new HashSet<>();

    private ListCode(ResourceCode code, ListQuery query) {
        this.code = code;
        this.query = query;
    }

    static MethodSpec.Builder addTo(MethodSpec.Builder method, ResourceCode code, CrudOperation operation) {
        ListQuery query = operation.list().orElseThrow();
        if (query.keyset()) {
            return CursorCode.addTo(method, code, operation);
        }
        TypeRef answer = operation.operation().successResponse().flatMap(Response::body).orElseThrow();
        return new ListCode(code, query).write(method, code.types.of(answer));
    }

    private MethodSpec.Builder write(MethodSpec.Builder method, TypeName returnType) {
        List<Parameter> parameters = new ArrayList<>();
        query.page().ifPresent(parameters::add);
        query.limit().ifPresent(parameters::add);
        query.filters().forEach(filter -> parameters.add(filter.parameter()));
        query.sort().ifPresent(parameters::add);
        parameters.forEach(parameter -> {
            method.addParameter(code.types.of(parameter.type()), parameter.javaName());
            taken.add(parameter.javaName());
        });
        method.returns(returnType);
        String pageNumber = free("pageNumber");
        String pageSize = free("pageSize");
        String owner = free("owner");
        String rows = free("rows");
        method.addStatement("int $L = $L", pageNumber, query.page()
                .map(page -> bounded(page, defaultOf(page, 1))).orElse(CodeBlock.of("1")));
        if (query.limit().isPresent()) {
            method.addStatement("int $L = $L", pageSize, bounded(query.limit().get(),
                    defaultOf(query.limit().get(), DEFAULT_LIMIT)));
        } else {
            method.addComment("The contract declares no page size: every row.")
                    .addStatement("int $L = $T.MAX_VALUE", pageSize, Integer.class);
        }
        List<CodeBlock> filter = new ArrayList<>();
        if (code.owned()) {
            method.addStatement("$T $L = owners.visibleOwner()", ResourceCode.OWNER, owner);
            filter.add(CodeBlock.of("$L", owner));
        }
        filter.addAll(code.filterArguments());
        List<CodeBlock> page = new ArrayList<>(filter);
        query.sort().ifPresent(sort -> page.add(CodeBlock.of("$L", sort.javaName())));
        page.add(CodeBlock.of("(long) ($L - 1) * $L", pageNumber, pageSize));
        page.add(CodeBlock.of("$L", pageSize));
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), code.resourceClass());
        if (query.envelope().isEmpty()) {
            return method.addStatement("return repository.findPage($L)", ResourceCode.arguments(page));
        }
        Values values = new Values(rows, pageNumber, pageSize, free("total"), free("totalPages"));
        if (query.needsTotal()) {
            String counted = free("counted");
            method.addStatement("$T $L = repository.findPageAndCount($L)",
                            code.repositoryClass().nestedClass("CountedPage"), counted, ResourceCode.arguments(page))
                    .addStatement("$T $L = $L.rows()", list, rows, counted)
                    .addStatement("long $L = $L.total()", values.total(), counted)
                    .addStatement("long $L = ($L + $L - 1) / $L", values.totalPages(), values.total(), pageSize,
                            pageSize);
        } else {
            method.addStatement("$T $L = repository.findPage($L)", list, rows, ResourceCode.arguments(page));
        }
        return method.addStatement("return $L", envelope(query.envelope().get(), values));
    }

    /** The local variables the envelope's slots are filled from. */
    private record Values(String rows, String page, String limit, String total, String totalPages) {
    }

    private CodeBlock envelope(PageEnvelope envelope, Values values) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (PageEnvelope.Slot slot : envelope.slots()) {
            arguments.add(switch (slot.value()) {
                case ITEMS -> CodeBlock.of("$L", values.rows());
                case PAGE -> number(slot.property(), values.page(), false);
                case LIMIT -> number(slot.property(), values.limit(), false);
                case TOTAL -> number(slot.property(), values.total(), true);
                case TOTAL_PAGES -> number(slot.property(), values.totalPages(), true);
                case NESTED -> envelope(slot.nested().orElseThrow(), values);
                case NEXT_CURSOR, NONE -> CodeBlock.of("null");
            });
        }
        return CodeBlock.of("new $T($L)", code.context.schemaClass(envelope.schema().name()),
                ResourceCode.arguments(arguments));
    }

    /** An {@code int} or {@code long} local as the property's integer type. */
    private static CodeBlock number(Property property, String local, boolean isLong) {
        boolean wantsLong = property.type().equals(TypeRef.scalar(TypeRef.Scalar.Kind.INT64));
        if (wantsLong == isLong) {
            return CodeBlock.of("$L", local);
        }
        return wantsLong ? CodeBlock.of("(long) $L", local) : CodeBlock.of("$T.toIntExact($L)", Math.class, local);
    }

    /** The parameter's value, at least 1, or its default when absent. */
    static CodeBlock bounded(Parameter parameter, int fallback) {
        boolean isLong = parameter.type().equals(TypeRef.scalar(TypeRef.Scalar.Kind.INT64));
        return isLong
                ? CodeBlock.of("$L == null ? $L : (int) $T.min($T.max($L, 1L), $T.MAX_VALUE)", parameter.javaName(),
                        fallback, Math.class, Math.class, parameter.javaName(), Integer.class)
                : CodeBlock.of("$L == null ? $L : $T.max($L, 1)", parameter.javaName(), fallback, Math.class,
                        parameter.javaName());
    }

    static int defaultOf(Parameter parameter, int fallback) {
        Optional<Integer> declared = parameter.defaultValue().flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
        return declared.filter(value -> value > 0).orElse(fallback);
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
