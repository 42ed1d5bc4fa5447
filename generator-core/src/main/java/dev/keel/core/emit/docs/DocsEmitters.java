package dev.keel.core.emit.docs;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The API documentation of a generated app: the contract itself as a class-path resource served at
 * {@code /openapi.yaml}, and, for a secured contract, the filter chain that makes it and Swagger UI public. Swagger UI
 * comes from springdoc, configured in {@code application-defaults.yaml} to show the contract rather than a model
 * springdoc would infer from the controllers.
 */
public final class DocsEmitters {

    private DocsEmitters() {
    }

    public static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        files.add(contract(context));
        files.addAll(new ApiContractControllerEmitter().emit(context));
        files.addAll(new ApiDocsSecurityEmitter().emit(context));
        return files;
    }

    /** The contract byte for byte: what the author wrote, comments and order included. */
    static GeneratedFile contract(EmitContext context) {
        try {
            return new GeneratedFile("resources/" + DocsPaths.CONTRACT_RESOURCE,
                    Files.readAllBytes(context.config().spec()));
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + context.config().spec() + " cannot be read again: "
                    + e.getMessage(), e);
        }
    }

    static String docsPackage(EmitContext context) {
        return context.config().basePackage() + ".docs";
    }
}
