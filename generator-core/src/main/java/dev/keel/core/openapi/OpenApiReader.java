package dev.keel.core.openapi;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import java.nio.file.Path;

/**
 * Reads an OpenAPI 3.0 or 3.1 document (with external {@code $ref}s) into the immutable {@link ApiModel}.
 * Problems are reported to {@code diagnostics} with file, line and JSON pointer; the caller stops the run
 * when any of them is an error.
 */
public final class OpenApiReader {

    public ApiModel read(Path spec, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("not yet");
    }
}
