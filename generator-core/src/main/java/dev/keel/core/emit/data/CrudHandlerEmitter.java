package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.api.PatchBodies;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Response;
import dev.keel.core.model.Tag;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.ResourceBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One CRUD handler per tag with CRUD operations: {@code <Resource>CrudHandler implements <Tag>Handler} (named
 * {@code <Tag>CrudHandler} when the tag serves several resources), delegating each CRUD operation to the resource's
 * service. The tag's other operations keep the interface's 501 default; a user bean of the handler interface
 * replaces this one.
 */
final class CrudHandlerEmitter extends JavaEmitter<CrudHandlerEmitter.TagCrud> {

    /** A tag and the resources whose CRUD operations it holds. */
    record TagCrud(Tag tag, List<ResourceBinding> resources) {

        ClassName handlerClass(EmitContext context) {
            String stem = resources.size() == 1 ? resources.get(0).resource().schema().javaName() : tag.javaName();
            return ClassName.get(DataNames.dataPackage(context), stem + "CrudHandler");
        }

        List<CrudOperation> operations() {
            return resources.stream().flatMap(resource -> resource.operations().stream())
                    .filter(operation -> operation.operation().tag().equals(tag.name()))
                    .sorted(Comparator.comparing(operation -> operation.operation().javaName()))
                    .toList();
        }
    }

    private final Bindings bindings;

    CrudHandlerEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    static List<TagCrud> tags(Bindings bindings, EmitContext context) {
        List<TagCrud> tags = new ArrayList<>();
        for (Tag tag : context.api().tags()) {
            List<ResourceBinding> resources = bindings.resources().stream()
                    .filter(resource -> resource.operations().stream()
                            .anyMatch(operation -> operation.operation().tag().equals(tag.name())))
                    .toList();
            if (!resources.isEmpty()) {
                tags.add(new TagCrud(tag, resources));
            }
        }
        return tags;
    }

    @Override
    protected List<TagCrud> inputs(EmitContext context) {
        return tags(bindings, context);
    }

    @Override
    protected String packageName(TagCrud input, EmitContext context) {
        return DataNames.dataPackage(context);
    }

    @Override
    protected TypeSpec.Builder write(TagCrud input, EmitContext context) {
        ClassName handler = DataNames.tagHandler(input.tag(), context);
        TypeSpec.Builder type = TypeSpec.classBuilder(input.handlerClass(context))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(handler)
                .addJavadoc("""
                        Serves the CRUD operations of tag {@code $L} from the database through $L. The tag's other
                        operations answer 501 until implemented; declare your own {@link $T} bean to replace this one.
                        """, input.tag().name(), input.resources().stream()
                        .map(resource -> "{@link " + DataNames.service(resource, context).simpleName() + "}")
                        .collect(Collectors.joining(", ")), handler);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (ResourceBinding resource : input.resources()) {
            ClassName service = DataNames.service(resource, context);
            String name = DataNames.variable(service);
            type.addField(FieldSpec.builder(service, name, Modifier.PROTECTED, Modifier.FINAL).build());
            constructor.addParameter(service, name).addStatement("this.$L = $L", name, name);
        }
        type.addMethod(constructor.build());
        for (ResourceBinding resource : input.resources()) {
            for (CrudOperation operation : resource.operations()) {
                if (operation.operation().tag().equals(input.tag().name())) {
                    String service = DataNames.variable(DataNames.service(resource, context));
                    type.addMethod(method(operation, service, context));
                }
            }
        }
        return type;
    }

    /**
     * The handler interface's method, parameters in its order (path, query, header, cookie, then the body), calling
     * the service with the ones the data layer uses. A PATCH body arrives as a {@code PatchRequest}.
     */
    private static MethodSpec method(CrudOperation crud, String service, EmitContext context) {
        Operation operation = crud.operation();
        JavaTypes types = new JavaTypes(context);
        List<Parameter> ordered = operation.parameters().stream()
                .sorted(Comparator.comparing(Parameter::in))
                .toList();
        Set<String> names = ordered.stream().map(Parameter::javaName).collect(Collectors.toSet());
        String bodyName = names.contains("body") ? "requestBody" : "body";
        TypeName returnType = operation.successResponse().flatMap(Response::body).map(types::of).orElse(TypeName.VOID);
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType);
        if (operation.deprecated()) {
            method.addAnnotation(Deprecated.class);
        }
        method.addAnnotation(Override.class);
        ordered.forEach(parameter -> method.addParameter(types.of(parameter.type()), parameter.javaName()));
        operation.requestBody().ifPresent(body -> {
            TypeName bodyType = types.of(body.type());
            if (PatchBodies.patchedSchema(operation, context.api()).isPresent()) {
                bodyType = ParameterizedTypeName.get(context.supportClass(DataNames.PATCH_REQUEST), bodyType);
            }
            method.addParameter(bodyType, bodyName);
        });
        CodeBlock call = CodeBlock.of("$L.$L($L)", service, ServiceEmitter.serviceMethod(crud.kind()),
                String.join(", ", arguments(crud, bodyName)));
        return returnType.equals(TypeName.VOID) ? method.addStatement(call).build()
                : method.addStatement("return $L", call).build();
    }

    private static List<String> arguments(CrudOperation crud, String bodyName) {
        List<String> arguments = new ArrayList<>();
        if (crud.kind() == CrudKind.LIST) {
            ListQuery query = crud.list().orElseThrow();
            query.page().ifPresent(page -> arguments.add(page.javaName()));
            query.cursor().ifPresent(cursor -> arguments.add(cursor.javaName()));
            query.limit().ifPresent(limit -> arguments.add(limit.javaName()));
            query.filters().forEach(filter -> arguments.add(filter.parameter().javaName()));
            query.sort().ifPresent(sort -> arguments.add(sort.javaName()));
            return arguments;
        }
        crud.key().ifPresent(key -> arguments.add(key.javaName()));
        crud.body().ifPresent(body -> arguments.add(bodyName));
        return arguments;
    }
}
