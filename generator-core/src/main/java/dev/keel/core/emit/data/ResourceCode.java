package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaTypes;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.bind.CrudKind;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ListQuery;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.db.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the repository, service and handler of one resource share: types, names, fields and parameters. */
final class ResourceCode {

    static final TypeName OWNER = ParameterizedTypeName.get(ClassName.get(Optional.class), ClassName.get(UUID.class));

    final EmitContext context;
    final ResourceBinding resource;
    final ColumnCode columns;
    final JavaTypes types;

    ResourceCode(EmitContext context, ResourceBinding resource) {
        this.context = context;
        this.resource = resource;
        this.columns = new ColumnCode(context, resource.table());
        this.types = new JavaTypes(context);
    }

    ClassName resourceClass() {
        return context.schemaClass(resource.name());
    }

    ClassName repositoryClass() {
        return DataNames.repository(resource, context);
    }

    ClassName serviceClass() {
        return DataNames.service(resource, context);
    }

    CodeBlock table() {
        return DataNames.table(resource.table(), context);
    }

    CodeBlock field(Column column) {
        return columns.field(column);
    }

    /** True when the resource stores {@code column} encrypted ({@code x-keel-encrypted} on its property). */
    boolean encrypted(Column column) {
        return resource.resource().columns().stream()
                .anyMatch(binding -> binding.column().name().equals(column.name()) && binding.property().encrypted());
    }

    /** True when some column of the resource is stored encrypted: the repository then needs the encryption. */
    boolean encrypts() {
        return resource.resource().columns().stream().anyMatch(binding -> binding.property().encrypted());
    }

    /** {@code encryption.encrypt(value)} for an encrypted column, else {@code value}. */
    CodeBlock sealed(Column column, CodeBlock value) {
        return encrypted(column) ? CodeBlock.of("encryption.encrypt($L)", value) : value;
    }

    boolean owned() {
        return resource.owner().isPresent();
    }

    /** {@code Optional<UUID> owner} for owned resources, nothing for others. */
    List<ParameterSpec> ownerParameter() {
        return owned() ? List.of(ParameterSpec.builder(OWNER, "owner").build()) : List.of();
    }

    /** The argument for {@link #ownerParameter()}: {@code owner}, or nothing. */
    List<CodeBlock> ownerArgument(String owner) {
        return owned() ? List.of(CodeBlock.of("$L", owner)) : List.of();
    }

    /** The path parameter of the first item operation: its type is the key's type in every method. */
    Parameter keyParameter() {
        return resource.operations().stream()
                .map(CrudOperation::key)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(resource.name() + " has no item operation"));
    }

    boolean hasItemOperation() {
        return resource.operations().stream().anyMatch(operation -> operation.kind().onItem());
    }

    TypeName keyType() {
        return types.of(keyParameter().type());
    }

    /** {@code PROJECTS.ID.eq(key)}, with the key converted when its Java type is not the column's. */
    CodeBlock keyCondition(String key) {
        CodeBlock value = columns.writePresent(keyParameter().type(), resource.key(), CodeBlock.of("$L", key));
        return CodeBlock.of("$L.eq($L)", field(resource.key()), value);
    }

    Optional<CrudOperation> operation(CrudKind kind) {
        return resource.operation(kind);
    }

    Optional<ListQuery> list() {
        return operation(CrudKind.LIST).flatMap(CrudOperation::list);
    }

    /** The filter parameters of the list, as {@code ProjectStatus status}. */
    List<ParameterSpec> filterParameters() {
        List<ParameterSpec> parameters = new ArrayList<>();
        list().ifPresent(list -> list.filters().forEach(filter -> parameters.add(
                ParameterSpec.builder(types.of(filter.parameter().type()), filter.parameter().javaName()).build())));
        return parameters;
    }

    List<CodeBlock> filterArguments() {
        List<CodeBlock> arguments = new ArrayList<>();
        list().ifPresent(list -> list.filters().forEach(filter ->
                arguments.add(CodeBlock.of("$L", filter.parameter().javaName()))));
        return arguments;
    }

    String mapper() {
        return "to" + resource.resource().schema().javaName();
    }

    static CodeBlock arguments(List<CodeBlock> arguments) {
        return CodeBlock.join(arguments, ", ");
    }
}
