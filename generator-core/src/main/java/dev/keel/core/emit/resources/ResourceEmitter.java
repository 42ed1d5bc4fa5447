package dev.keel.core.emit.resources;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.List;

/** Renders the non-Java files (configuration defaults) from the FreeMarker templates. */
public final class ResourceEmitter {

    public List<GeneratedFile> emit(EmitContext context) {
        return List.of();
    }
}
