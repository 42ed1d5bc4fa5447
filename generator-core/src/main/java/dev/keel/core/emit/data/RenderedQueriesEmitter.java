package dev.keel.core.emit.data;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * {@code <supportPackage>.RenderedQueries}: the SQL of the generated list reads, rendered by jOOQ once per query shape
 * and run again with each call's values. On a short read jOOQ spent more CPU rendering the statement than PostgreSQL
 * spent running it (see BENCHMARKS.md, "Generated app profile").
 */
final class RenderedQueriesEmitter extends JavaEmitter<Bindings> {

    static final String NAME = "RenderedQueries";

    private static final ClassName PARAM = ClassName.get("org.jooq", "Param");
    private static final ClassName SELECT = ClassName.get("org.jooq", "Select");
    private static final ClassName DATA_TYPE = ClassName.get("org.jooq", "DataType");
    private static final ClassName CONFIGURATION = ClassName.get("org.jooq", "Configuration");
    private static final ClassName VISIT_LISTENER = ClassName.get("org.jooq", "VisitListener");
    private static final ClassName PARAM_TYPE = ClassName.get("org.jooq.conf", "ParamType");
    private static final ClassName STATEMENT_TYPE = ClassName.get("org.jooq.conf", "StatementType");
    private static final TypeName ANY_FIELD = ParameterizedTypeName.get(DataTypes.FIELD,
            WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName ANY_RESULT = ParameterizedTypeName.get(DataTypes.RESULT,
            WildcardTypeName.subtypeOf(DataTypes.RECORD));
    private static final TypeName NAMES = ParameterizedTypeName.get(List.class, String.class);

    private final Bindings bindings;

    RenderedQueriesEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<Bindings> inputs(EmitContext context) {
        // Repositories name their filter and owner values with named() even without an offset page read.
        return bindings.resources().isEmpty() ? List.of() : List.of(bindings);
    }

    @Override
    protected String packageName(Bindings input, EmitContext context) {
        return context.supportPackage();
    }

    @Override
    protected TypeSpec.Builder write(Bindings input, EmitContext context) {
        ClassName self = context.supportClass(NAME);
        ClassName template = self.nestedClass("Template");
        TypeName templates = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.OBJECT,
                ParameterizedTypeName.get(ClassName.get(Optional.class), template));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("""
                        Runs the list reads from SQL that jOOQ renders once per query shape (the query, which filters
                        are set, the sort) and binds each call's values by parameter name: rendering costs more CPU
                        than a short read costs PostgreSQL. A query holding a bind value without one of the call's
                        names (an IN list, a condition a subclass adds with its own value) renders on every call, as do
                        the shapes past the first $L and every query when the settings inline bind values. A
                        condition whose SQL depends on more than the shape (an inlined value, say) must be part of the
                        repository's {@code listShape}.
                        """, 1024)
                .addField(FieldSpec.builder(int.class, "MAX_SHAPES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$L", 1024).build())
                .addField(DataTypes.DSL_CONTEXT, "dsl", Modifier.PRIVATE, Modifier.FINAL)
                .addField(boolean.class, "bindsValues", Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(templates, "templates", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ConcurrentHashMap.class).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(DataTypes.DSL_CONTEXT, "dsl")
                        .addStatement("this.dsl = dsl")
                        .addStatement("this.bindsValues = dsl.settings().getStatementType() != $T.STATIC_STATEMENT",
                                STATEMENT_TYPE)
                        .build())
                .addMethod(named())
                .addMethod(fetch(template))
                .addType(templateClass(template));
    }

    private static MethodSpec named() {
        TypeVariableName t = TypeVariableName.get("T");
        return MethodSpec.methodBuilder("named")
                .addJavadoc("A bind value with a name, typed like the column it is compared with.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addTypeVariable(t)
                .returns(ParameterizedTypeName.get(PARAM, t))
                .addParameter(String.class, "name")
                .addParameter(ParameterizedTypeName.get(DataTypes.FIELD, t), "column")
                .addParameter(t, "value")
                .addStatement("return $T.param(name, column).$$value(value)", DataTypes.DSL)
                .build();
    }

    private static MethodSpec fetch(ClassName template) {
        return MethodSpec.methodBuilder("fetch")
                .addJavadoc("""
                        The rows of the query {@code build} makes, whose bind values are named by {@code names} and
                        given, in that order, by {@code values}. {@code build} runs on a shape's first call and
                        whenever its SQL cannot be kept.
                        """)
                .addModifiers(Modifier.PUBLIC)
                .returns(ANY_RESULT)
                .addParameter(String.class, "query")
                .addParameter(Object.class, "shape")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class),
                        WildcardTypeName.subtypeOf(ParameterizedTypeName.get(SELECT,
                                WildcardTypeName.subtypeOf(Object.class)))), "build")
                .addParameter(NAMES, "names")
                .addParameter(ArrayTypeName.of(Object.class), "values")
                .varargs()
                .addStatement("$T<Object> key = $T.asList(query, shape)", List.class, java.util.Arrays.class)
                .addStatement("$T<$T> known = templates.get(key)", Optional.class, template)
                .beginControlFlow("if (known != null && known.isPresent())")
                .addStatement("return known.get().fetch(dsl, values)")
                .endControlFlow()
                .addStatement("$T<?> built = build.get()", SELECT)
                .beginControlFlow("if (known == null && bindsValues && templates.size() < MAX_SHAPES)")
                .addStatement("templates.putIfAbsent(key, $T.of(dsl, built, names))", template)
                .endControlFlow()
                .addStatement("return built.fetch()")
                .build();
    }

    private static TypeSpec templateClass(ClassName template) {
        TypeName params = ParameterizedTypeName.get(ClassName.get(List.class),
                ParameterizedTypeName.get(PARAM, WildcardTypeName.subtypeOf(Object.class)));
        return TypeSpec.classBuilder(template)
                .addJavadoc("A query's SQL and, for each of its {@code ?}, the call value and type bound to it.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(String.class, "sql", Modifier.PRIVATE, Modifier.FINAL)
                .addField(int[].class, "slots", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ArrayTypeName.of(ParameterizedTypeName.get(DATA_TYPE,
                        WildcardTypeName.subtypeOf(Object.class))), "types", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ArrayTypeName.of(ANY_FIELD), "fields", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(String.class, "sql")
                        .addParameter(params, "params")
                        .addParameter(int[].class, "slots")
                        .addParameter(ArrayTypeName.of(ANY_FIELD), "fields")
                        .addStatement("this.sql = sql")
                        .addStatement("this.slots = slots")
                        .addStatement("this.types = params.stream().map($T::getDataType).toArray($T[]::new)", PARAM,
                                DATA_TYPE)
                        .addStatement("this.fields = fields")
                        .build())
                .addMethod(templateOf(template, params))
                .addMethod(recorder(params))
                .addMethod(MethodSpec.methodBuilder("fetch")
                        .returns(ANY_RESULT)
                        .addParameter(DataTypes.DSL_CONTEXT, "dsl")
                        .addParameter(ArrayTypeName.of(Object.class), "values")
                        .addStatement("$T[] binds = new $T[slots.length]", Object.class, Object.class)
                        .beginControlFlow("for (int i = 0; i < slots.length; i++)")
                        .addStatement("binds[i] = $T.val(values[slots[i]], types[i])", DataTypes.DSL)
                        .endControlFlow()
                        .addStatement("return dsl.resultQuery(sql, binds).coerce(fields).fetch()")
                        .build())
                .build();
    }

    private static MethodSpec recorder(TypeName params) {
        return MethodSpec.methodBuilder("recorder")
                .addJavadoc("Adds each bind value to {@code params} as the query renders it.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(VISIT_LISTENER)
                .addParameter(params, "params")
                .addCode("return $T.onVisitStart(context -> {\n$>", VISIT_LISTENER)
                .beginControlFlow("if (context.renderContext() != null && context.queryPart() instanceof $T<?> param$W"
                        + "&& !param.isInline())", PARAM)
                .addStatement("params.add(param)")
                .endControlFlow()
                .addCode("$<});\n")
                .build();
    }

    /**
     * Renders the query as jOOQ would to run it, recording the bind values in the order of their {@code ?}; empty
     * when one has no name among {@code names}, or the recording missed one.
     */
    private static MethodSpec templateOf(ClassName template, TypeName params) {
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), template))
                .addParameter(DataTypes.DSL_CONTEXT, "dsl")
                .addParameter(ParameterizedTypeName.get(SELECT, WildcardTypeName.subtypeOf(Object.class)), "query")
                .addParameter(NAMES, "names")
                .addStatement("$T params = new $T<>()", params, ArrayList.class)
                .addStatement("$T recording = dsl.configuration().deriveAppending(recorder(params))$W"
                        + ".deriveSettings(settings -> settings.withParamType($T.INDEXED))", CONFIGURATION, PARAM_TYPE)
                .addStatement("String sql = $T.using(recording).render(query)", DataTypes.DSL)
                .beginControlFlow("if (params.size() != query.getBindValues().size())")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("int[] slots = new int[params.size()]")
                .beginControlFlow("for (int i = 0; i < slots.length; i++)")
                .addStatement("String name = params.get(i).getParamName()")
                .addStatement("slots[i] = name == null ? -1 : names.indexOf(name)")
                .beginControlFlow("if (slots[i] < 0)")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.of(new $T(sql, params, slots, query.getSelect().toArray($T[]::new)))",
                        Optional.class, template, DataTypes.FIELD)
                .build();
    }
}
