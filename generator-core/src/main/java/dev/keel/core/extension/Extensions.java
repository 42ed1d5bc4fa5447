package dev.keel.core.extension;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds extensions and runs them; an extension that throws fails the run with its name, not a stack trace. */
public final class Extensions {

    static final String STAGE = "run extensions";

    private Extensions() {
    }

    /** Every extension on {@code classLoader}'s path, ordered by name so runs are repeatable. */
    public static List<KeelExtension> load(ClassLoader classLoader) {
        List<KeelExtension> found = new ArrayList<>();
        try {
            ServiceLoader.load(KeelExtension.class, classLoader).forEach(found::add);
        } catch (java.util.ServiceConfigurationError e) {
            throw new GenerationFailedException(STAGE, List.of(Diagnostic.error(
                    "META-INF/services/" + KeelExtension.class.getName(), 0, "",
                    "an extension cannot be loaded: " + e.getMessage())));
        }
        found.sort(Comparator.comparing(KeelExtension::name));
        return List.copyOf(found);
    }

    /** Lets every extension of the run change one generated type. */
    public static void customize(String packageName, TypeSpec.Builder type, EmitContext context) {
        List<KeelExtension> extensions = context.config().run().extensions();
        if (extensions.isEmpty()) {
            return;
        }
        ClassName className = ClassName.get(packageName, type.build().name());
        ExtensionContext extensionContext = contextOf(context);
        for (KeelExtension extension : extensions) {
            try {
                extension.customizeType(className, type, extensionContext);
            } catch (RuntimeException e) {
                throw failure(extension, "failed on " + className + ": " + e);
            }
        }
    }

    /** The files every extension of the run adds. */
    public static List<GeneratedFile> additionalFiles(EmitContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        for (KeelExtension extension : context.config().run().extensions()) {
            try {
                files.addAll(extension.additionalFiles(contextOf(context)));
            } catch (RuntimeException e) {
                throw failure(extension, "failed to add its files: " + e);
            }
        }
        return files;
    }

    private static ExtensionContext contextOf(EmitContext context) {
        return new ExtensionContext(context.api(), context.config().basePackage());
    }

    private static GenerationFailedException failure(KeelExtension extension, String message) {
        return new GenerationFailedException(STAGE, List.of(Diagnostic.error(extension.name(), 0, "",
                "the Keel extension " + message)));
    }
}
