package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.model.bind.Bindings;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code <supportPackage>.OwnerResolver}: who owns the rows of owned resources, asked once per operation. */
final class OwnerResolverEmitter extends JavaEmitter<Bindings> {

    private final Bindings bindings;

    OwnerResolverEmitter(Bindings bindings) {
        this.bindings = bindings;
    }

    @Override
    protected List<Bindings> inputs(EmitContext context) {
        return bindings.resources().isEmpty() ? List.of() : List.of(bindings);
    }

    @Override
    protected String packageName(Bindings input, EmitContext context) {
        return context.supportPackage();
    }

    @Override
    protected TypeSpec.Builder write(Bindings input, EmitContext context) {
        ClassName self = context.supportClass(DataNames.OWNER_RESOLVER);
        return TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(FunctionalInterface.class)
                .addJavadoc("""
                        The owner of the rows a request reads and writes, for resources whose table has an owner
                        column: rows are filtered by it and a created row gets it. Keel's default resolves no one, so
                        every row is visible and creating an owned row answers 400; declare a bean of this type to
                        scope them.
                        """)
                .addMethod(MethodSpec.methodBuilder("currentOwner")
                        .addJavadoc("The id of the user the current request acts for; empty when there is none.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(ResourceCode.OWNER)
                        .build())
                .addMethod(MethodSpec.methodBuilder("visibleOwner")
                        .addJavadoc("""
                                The owner whose rows the current request may read, change and delete; empty means every
                                row, for callers such as administrators. The same as {@link #currentOwner()} unless
                                overridden.
                                """)
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(ResourceCode.OWNER)
                        .addStatement("return currentOwner()")
                        .build());
    }
}
