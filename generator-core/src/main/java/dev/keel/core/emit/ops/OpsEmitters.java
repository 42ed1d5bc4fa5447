package dev.keel.core.emit.ops;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/** The operations files every generated application has: the request id filter and JSON logs by default. */
public final class OpsEmitters {

    private OpsEmitters() {
    }

    public static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> files = new ArrayList<>(new RequestIdFilterEmitter().emit(context));
        files.addAll(new LoggingDefaultsEmitter().emit(context));
        files.add(LoggingDefaultsEmitter.factories(context));
        return files;
    }
}
