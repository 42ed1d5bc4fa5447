package dev.keel.core.openapi;

import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TableHints;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import dev.keel.core.naming.UniqueNames;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns schemas into the model's types. A component that is an object or an enum becomes a named
 * {@link SchemaDef}; a component that only names a scalar, array or map is an alias, inlined wherever it is
 * used. Inline objects and enums are hoisted to named schemas under names derived from where they occur.
 * {@code allOf} parts are flattened into one object. A {@code oneOf}/{@code anyOf} of objects that a reader can tell
 * apart (by a discriminator or by their required properties) becomes a {@link UnionSchema}; one that only adds
 * {@code null} to one schema is that schema, nullable; any other is any JSON value, with a warning saying why.
 */
final class SchemaReader {

    private static final Usage UNTYPED = new Usage(TypeRef.scalar(Kind.ANY), Constraints.NONE, false,
            Optional.empty(), "");

    private final ReadContext context;
    private final ConstraintReader constraints;
    private final Map<String, Schema> components;
    /** Contract name to Java name, for the components that become classes. */
    private final Map<String, String> classNames = new LinkedHashMap<>();
    private final Map<String, Usage> aliases = new HashMap<>();
    private final Set<String> resolvingAliases = new HashSet<>();
    private final Map<String, SchemaDef> defs = new LinkedHashMap<>();
    /** The components that become a {@link UnionSchema}. */
    private final Set<String> unionComponents = new HashSet<>();
    /** The union components that are bases with a discriminator, extended by others through {@code allOf}. */
    private final Map<String, BaseHierarchy> baseComponents = new LinkedHashMap<>();
    private final UnionPlanner unions;

    SchemaReader(ReadContext context) {
        this.context = context;
        this.constraints = new ConstraintReader(context.problems);
        Map<String, Schema> declared = context.api.getComponents() == null ? null
                : context.api.getComponents().getSchemas();
        this.components = declared == null ? Map.of() : declared;
        this.unions = new UnionPlanner(context, components, this::isObjectComponent);
    }

    /**
     * Everything a property, parameter or body needs to know about its schema.
     *
     * @param defaultValue the contract's value, as swagger-parser typed it
     */
    record Usage(TypeRef type, Constraints constraints, boolean nullable, Optional<Object> defaultValue,
            String description) {
    }

    /** Claims the Java names of all class components first, in contract order, so hoisting never renames them. */
    void declareComponents() {
        components.forEach((name, schema) -> {
            if (schema != null && isClass(schema)) {
                classNames.put(name, context.typeNames.claim(context.naming.typeName(name)));
            }
        });
        // Unions second: whether one can be typed depends on its alternatives being object classes.
        components.forEach((name, schema) -> {
            if (schema != null && isUnionCandidate(schema)
                    && unions.plan(schema, componentPointer(name)).viable()) {
                unionComponents.add(name);
                classNames.put(name, context.typeNames.claim(context.naming.typeName(name)));
            }
        });
        // A base with a discriminator that others extend through allOf is the union of its descendants.
        BaseHierarchy hierarchy = new BaseHierarchy(context, components);
        components.forEach((name, schema) -> {
            if (schema != null && classNames.containsKey(name) && !unionComponents.contains(name)
                    && hierarchy.discriminator(name).isPresent() && !hierarchy.descendants(name).isEmpty()) {
                baseComponents.put(name, hierarchy);
            }
        });
        unionComponents.addAll(baseComponents.keySet());
    }

    private boolean isObjectComponent(String name) {
        Schema<?> schema = components.get(name);
        return schema != null && classNames.containsKey(name) && !unionComponents.contains(name)
                && (SchemaShape.nonEmpty(schema.getAllOf()) || !SchemaShape.nonEmpty(schema.getEnum()));
    }

    private static boolean isUnionCandidate(Schema<?> schema) {
        return schema.get$ref() == null && !SchemaShape.alternatives(schema).isEmpty()
                && schema.getProperties() == null && !SchemaShape.nonEmpty(schema.getAllOf());
    }

    /** Builds every component, used or not, so that each problem in the contract is reported. */
    void readComponents() {
        components.forEach((name, schema) -> {
            if (schema == null) {
                return;
            }
            JsonPointer at = componentPointer(name);
            if (classNames.containsKey(name)) {
                if (schema.getXml() != null) {
                    context.noteXml(at);
                }
                defs.put(name, buildClass(name, classNames.get(name), schema, at));
            } else {
                aliasUsage(name);
            }
        });
    }

    /** Every named schema, sorted by Java name. */
    List<SchemaDef> schemas() {
        return defs.values().stream().sorted(Comparator.comparing(SchemaDef::javaName)).toList();
    }

    /**
     * @param at where the schema is in the contract
     * @param hoistName the Java name an inline object or enum here is hoisted to (made unique when taken)
     */
    Usage use(Schema<?> schema, JsonPointer at, String hoistName) {
        if (schema == null) {
            return UNTYPED;
        }
        if (schema.getXml() != null) {
            context.noteXml(at);
        }
        if (schema.get$ref() != null) {
            return refine(refUsage(schema.get$ref(), at.child("$ref")), schema, at);
        }
        if (isWrapper(schema)) {
            return refine(use(schema.getAllOf().get(0), at.child("allOf", "0"), hoistName), schema, at);
        }
        List<Schema> alternatives = SchemaShape.alternatives(schema);
        if (!alternatives.isEmpty() && schema.getProperties() == null) {
            return alternativesUsage(schema, alternatives, at, hoistName);
        }
        return new Usage(typeOf(schema, at, hoistName), constraints.read(schema, at), SchemaShape.nullable(schema),
                Optional.ofNullable(schema.getDefault()), SchemaShape.text(schema.getDescription()));
    }

    /** The site's own nullability, default, description and constraints win over those of what it refers to. */
    private Usage refine(Usage target, Schema<?> site, JsonPointer at) {
        Constraints own = constraints.read(site, at);
        return new Usage(target.type(), own.isEmpty() ? target.constraints() : own,
                target.nullable() || SchemaShape.nullable(site),
                site.getDefault() != null ? Optional.of(site.getDefault()) : target.defaultValue(),
                site.getDescription() != null ? site.getDescription() : target.description());
    }

    private Usage alternativesUsage(Schema<?> schema, List<Schema> alternatives, JsonPointer at, String hoistName) {
        String keyword = SchemaShape.alternativesKeyword(schema);
        List<Integer> nonNull = IntStream.range(0, alternatives.size())
                .filter(i -> alternatives.get(i) != null && !SchemaShape.isOnlyNull(alternatives.get(i)))
                .boxed().toList();
        UnionPlanner.Plan plan = unions.plan(schema, at);
        if (plan.viable()) {
            TypeRef union = hoist(hoistName, javaName -> buildUnion(javaName, javaName, schema, plan, at));
            return new Usage(union, Constraints.NONE, plan.nullable(), Optional.ofNullable(schema.getDefault()),
                    SchemaShape.text(schema.getDescription()));
        }
        if (nonNull.size() == 1) {
            int index = nonNull.get(0);
            Usage only = use(alternatives.get(index), at.child(keyword, Integer.toString(index)), hoistName);
            Usage refined = refine(only, schema, at);
            boolean addsNull = alternatives.size() > 1;
            return new Usage(refined.type(), refined.constraints(), refined.nullable() || addsNull,
                    refined.defaultValue(), refined.description());
        }
        context.problems.warning(at.child(keyword), keyword + " with " + nonNull.size() + " alternatives cannot "
                + "become one Java type (" + plan.problem().orElse("") + "); Keel types the value as any JSON value");
        return new Usage(TypeRef.scalar(Kind.ANY), Constraints.NONE, SchemaShape.nullable(schema),
                Optional.ofNullable(schema.getDefault()), SchemaShape.text(schema.getDescription()));
    }

    private Usage refUsage(String ref, JsonPointer at) {
        Optional<String> name = context.componentName(ref, "schemas");
        if (name.isEmpty() || !components.containsKey(name.get())) {
            context.reportUnresolved(ref, at, "schemas");
            return UNTYPED;
        }
        if (classNames.containsKey(name.get())) {
            return new Usage(new TypeRef.Named(name.get()), Constraints.NONE, componentNullable(name.get()),
                    Optional.empty(), "");
        }
        return aliasUsage(name.get());
    }

    /** A component that admits {@code null} itself, e.g. {@code oneOf: [A, B, {type: 'null'}]}, makes its uses nullable. */
    private boolean componentNullable(String name) {
        Schema<?> schema = components.get(name);
        return SchemaShape.nullable(schema) || unionComponents.contains(name)
                && SchemaShape.alternatives(schema).stream().anyMatch(alternative -> alternative != null
                        && SchemaShape.isOnlyNull(alternative));
    }

    private Usage aliasUsage(String name) {
        Usage known = aliases.get(name);
        if (known != null) {
            return known;
        }
        if (!resolvingAliases.add(name)) {
            context.problems.error(componentPointer(name), "The schema '" + name
                    + "' refers to itself through $ref or allOf without ever becoming an object");
            return UNTYPED;
        }
        Usage usage = use(components.get(name), componentPointer(name), context.naming.typeName(name));
        resolvingAliases.remove(name);
        aliases.put(name, usage);
        return usage;
    }

    private TypeRef typeOf(Schema<?> schema, JsonPointer at, String hoistName) {
        if (SchemaShape.nonEmpty(schema.getAllOf())) {
            return hoist(hoistName, javaName -> buildObject(javaName, javaName, schema, at));
        }
        if (schema.getNot() != null) {
            context.problems.warning(at.child("not"), "'not' is not supported; Keel types the value as any JSON value");
            return TypeRef.scalar(Kind.ANY);
        }
        Set<String> types = SchemaShape.types(schema);
        Optional<String> unknown = types.stream().filter(t -> !SchemaShape.KNOWN_TYPES.contains(t)).findFirst();
        if (unknown.isPresent()) {
            context.problems.error(at.child("type"), "Unknown type '" + unknown.get()
                    + "'; OpenAPI types are string, number, integer, boolean, array, object and null");
            return TypeRef.scalar(Kind.ANY);
        }
        if (types.size() > 1) {
            context.problems.warning(at.child("type"), "A value of several types " + types
                    + " is not supported; Keel types it as any JSON value");
            return TypeRef.scalar(Kind.ANY);
        }
        if (SchemaShape.nonEmpty(schema.getEnum())) {
            Optional<TypeRef> enumType = enumType(schema, at, hoistName);
            if (enumType.isPresent()) {
                return enumType.get();
            }
        }
        return structuralType(schema, at, hoistName);
    }

    private TypeRef structuralType(Schema<?> schema, JsonPointer at, String hoistName) {
        if (SchemaShape.isObject(schema) && schema.getProperties() != null) {
            return hoist(hoistName, javaName -> buildObject(javaName, javaName, schema, at));
        }
        if (SchemaShape.isArray(schema)) {
            return listType(schema, at, hoistName);
        }
        Schema<?> values = SchemaShape.additionalProperties(schema);
        if (values != null && (SchemaShape.isObject(schema) || SchemaShape.type(schema) == null)) {
            Usage value = use(values, at.child("additionalProperties"), context.naming.valueTypeName(hoistName));
            return new TypeRef.MapOf(value.type(), value.constraints());
        }
        String type = SchemaShape.type(schema);
        if (type == null && schema.getConst() != null) {
            type = ScalarKinds.typeOfValue(schema.getConst());
        }
        return TypeRef.scalar(type == null ? Kind.ANY : ScalarKinds.of(type, schema));
    }

    private TypeRef listType(Schema<?> schema, JsonPointer at, String hoistName) {
        boolean unique = SchemaShape.flag(schema.getUniqueItems());
        if (schema.getItems() == null) {
            context.problems.warning(at, "This array declares no 'items'; Keel types its elements as any JSON value");
            return new TypeRef.ListOf(TypeRef.scalar(Kind.ANY), Constraints.NONE, unique);
        }
        Usage items = use(schema.getItems(), at.child("items"), context.naming.itemTypeName(hoistName));
        return new TypeRef.ListOf(items.type(), items.constraints(), unique);
    }

    /** A string or integer enum becomes an {@link EnumSchema}; others are typed by their scalar type. */
    private Optional<TypeRef> enumType(Schema<?> schema, JsonPointer at, String hoistName) {
        List<Object> values = schema.getEnum().stream().filter(v -> v != null).map(v -> (Object) v).toList();
        String type = SchemaShape.type(schema);
        boolean strings = "string".equals(type) || type == null && values.stream().allMatch(v -> v instanceof String);
        boolean integers = "integer".equals(type)
                || type == null && values.stream().allMatch(v -> v instanceof Integer || v instanceof Long);
        if (values.isEmpty() || !strings && !integers) {
            if ("number".equals(type)) {
                context.problems.warning(at.child("enum"), "An enum of non-integer numbers is not supported; "
                        + "Keel accepts any number here");
            }
            return Optional.empty();
        }
        return Optional.of(hoist(hoistName, javaName -> buildEnum(javaName, javaName, schema, values, integers, at)));
    }

    private TypeRef hoist(String candidate, Function<String, SchemaDef> build) {
        String javaName = context.typeNames.claim(candidate);
        while (defs.containsKey(javaName) || classNames.containsKey(javaName)) {
            javaName = context.typeNames.claim(candidate);
        }
        defs.put(javaName, null); // holds the name while the schema's own parts are hoisted
        defs.put(javaName, build.apply(javaName));
        return new TypeRef.Named(javaName);
    }

    private SchemaDef buildClass(String name, String javaName, Schema<?> schema, JsonPointer at) {
        if (baseComponents.containsKey(name)) {
            return buildBase(name, javaName, schema, baseComponents.get(name), at);
        }
        if (unionComponents.contains(name)) {
            return buildUnion(name, javaName, schema, unions.plan(schema, at), at);
        }
        if (!SchemaShape.nonEmpty(schema.getAllOf()) && SchemaShape.nonEmpty(schema.getEnum())) {
            List<Object> values = schema.getEnum().stream().filter(v -> v != null).map(v -> (Object) v).toList();
            boolean integers = "integer".equals(SchemaShape.type(schema)) || !values.isEmpty()
                    && values.stream().allMatch(v -> v instanceof Integer || v instanceof Long);
            return buildEnum(name, javaName, schema, values, integers, at);
        }
        return buildObject(name, javaName, schema, at);
    }

    /** Each alternative is used (inline objects hoisted as {@code <Union>Option<n>}) and becomes a variant. */
    private UnionSchema buildUnion(String name, String javaName, Schema<?> schema, UnionPlanner.Plan plan,
            JsonPointer at) {
        List<Schema> alternatives = SchemaShape.alternatives(schema);
        Map<Integer, String> variantNames = new LinkedHashMap<>();
        for (int index : plan.alternatives()) {
            Usage variant = use(alternatives.get(index), at.child(plan.keyword(), Integer.toString(index)),
                    context.naming.typeName(javaName + "-option-" + (index + 1)));
            variantNames.put(index, ((TypeRef.Named) variant.type()).schemaName());
        }
        unions.checkDiscriminatorDeclared(schema, plan, at);
        Map<Integer, List<String>> values = plan.discriminator().isPresent()
                ? unions.discriminatorValues(schema, variantNames, at) : Map.of();
        List<UnionSchema.Variant> variants = variantNames.entrySet().stream()
                .map(entry -> new UnionSchema.Variant(entry.getValue(), values.getOrDefault(entry.getKey(), List.of())))
                .toList();
        return new UnionSchema(name, javaName, SchemaShape.text(schema.getDescription()), plan.discriminator(),
                variants, at.toString());
    }

    /**
     * A base whose every descendant that is an object (through {@code allOf}, at any depth) is a variant, named by
     * the {@code mapping} keys pointing at it or else by its schema name.
     */
    private UnionSchema buildBase(String name, String javaName, Schema<?> schema, BaseHierarchy hierarchy,
            JsonPointer at) {
        List<String> descendants = hierarchy.descendants(name).stream()
                .filter(descendant -> classNames.containsKey(descendant) && !unionComponents.contains(descendant))
                .toList();
        Map<Integer, String> variantNames = new LinkedHashMap<>();
        IntStream.range(0, descendants.size()).forEach(index -> variantNames.put(index, descendants.get(index)));
        Map<Integer, List<String>> values = unions.discriminatorValues(schema, variantNames, at);
        List<UnionSchema.Variant> variants = variantNames.entrySet().stream()
                .map(entry -> new UnionSchema.Variant(entry.getValue(), values.get(entry.getKey())))
                .toList();
        return new UnionSchema(name, javaName, SchemaShape.text(schema.getDescription()),
                hierarchy.discriminator(name), variants, at.toString());
    }

    private EnumSchema buildEnum(String name, String javaName, Schema<?> schema, List<Object> values,
            boolean integers, JsonPointer at) {
        UniqueNames names = UniqueNames.caseSensitive();
        List<EnumSchema.Constant> constants = values.stream()
                .map(String::valueOf)
                .distinct()
                .map(value -> new EnumSchema.Constant(names.claim(context.naming.constantName(value)), value))
                .toList();
        return new EnumSchema(name, javaName, SchemaShape.text(schema.getDescription()), integers, constants,
                at.toString());
    }

    private ObjectSchema buildObject(String name, String javaName, Schema<?> schema, JsonPointer at) {
        AllOfFlattener.Flat flat = new AllOfFlattener(context, components).flatten(schema, at);
        UniqueNames members = UniqueNames.caseSensitive();
        List<Property> properties = flat.properties().entrySet().stream()
                .map(entry -> property(javaName, entry.getKey(), entry.getValue(), flat.required(), members))
                .toList();
        return new ObjectSchema(name, javaName, SchemaShape.text(schema.getDescription()),
                SchemaShape.flag(schema.getDeprecated()), properties, at.toString(), tableHints(schema, at));
    }

    private TableHints tableHints(Schema<?> schema, JsonPointer at) {
        return new TableHints(nameExtension(schema, "x-keel-table", at), nameExtension(schema, "x-keel-owner", at),
                nameExtension(schema, "x-keel-updated-at", at));
    }

    /** An extension that names a table or column: a non-blank string, else an error. */
    private Optional<String> nameExtension(Schema<?> schema, String extension, JsonPointer at) {
        Object value = schema == null ? null : SchemaShape.extension(schema, extension);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text && !text.isBlank()) {
            return Optional.of(text.strip());
        }
        context.problems.error(at.child(extension), extension + " must name a table or column, e.g. "
                + extension + ": projects; found " + value);
        return Optional.empty();
    }

    private boolean transientExtension(Schema<?> schema, JsonPointer at) {
        Object value = schema == null ? null : SchemaShape.extension(schema, "x-keel-transient");
        if (value != null && !(value instanceof Boolean)) {
            context.problems.error(at.child("x-keel-transient"), "x-keel-transient must be true or false; found "
                    + value);
        }
        return Boolean.TRUE.equals(value);
    }

    private Property property(String parentJavaName, String name, AllOfFlattener.Located declared,
            Set<String> required, UniqueNames members) {
        Schema<?> schema = declared.schema();
        JsonPointer at = declared.pointer();
        Usage usage = use(schema, at, context.naming.propertyTypeName(parentJavaName, name));
        Optional<String> defaultValue = usage.defaultValue().flatMap(JsonText::json);
        return new Property(name, members.claim(context.naming.memberName(name)), usage.type(),
                required.contains(name), usage.nullable(),
                schema != null && SchemaShape.flag(schema.getReadOnly()),
                schema != null && SchemaShape.flag(schema.getWriteOnly()),
                schema != null && SchemaShape.flag(schema.getDeprecated()),
                schema != null && Boolean.TRUE.equals(SchemaShape.extension(schema, "x-keel-trim")),
                usage.constraints(), defaultValue, usage.description(), at.toString(),
                nameExtension(schema, "x-keel-column", at), transientExtension(schema, at),
                EncryptedExtension.read(context, schema, usage.type(), at));
    }

    /** Whether a component becomes a class: an object with properties, a string or integer enum, or an allOf. */
    private boolean isClass(Schema<?> schema) {
        if (schema.get$ref() != null || isWrapper(schema)) {
            return false;
        }
        if (SchemaShape.nonEmpty(schema.getAllOf())) {
            return true;
        }
        if (!SchemaShape.alternatives(schema).isEmpty() && schema.getProperties() == null) {
            return false;
        }
        if (SchemaShape.types(schema).size() > 1) {
            return false;
        }
        if (SchemaShape.nonEmpty(schema.getEnum())) {
            String type = SchemaShape.type(schema);
            List<?> values = schema.getEnum().stream().filter(v -> v != null).toList();
            return !values.isEmpty() && ("string".equals(type) || "integer".equals(type) || type == null
                    && values.stream().allMatch(v -> v instanceof String || v instanceof Integer || v instanceof Long));
        }
        return SchemaShape.isObject(schema) && schema.getProperties() != null;
    }

    /** {@code allOf} with one part and nothing of its own: a 3.0 way to add a description to a {@code $ref}. */
    private static boolean isWrapper(Schema<?> schema) {
        return schema.getAllOf() != null && schema.getAllOf().size() == 1 && schema.getProperties() == null
                && SchemaShape.alternatives(schema).isEmpty();
    }

    private static JsonPointer componentPointer(String name) {
        return JsonPointer.of("components", "schemas", name);
    }
}
