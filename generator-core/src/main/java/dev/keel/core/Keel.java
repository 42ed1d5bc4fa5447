package dev.keel.core;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.api.ApiEmitters;
import dev.keel.core.emit.model.ModelEmitters;
import dev.keel.core.emit.resources.ResourceEmitter;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import dev.keel.core.write.OutputWriter;
import dev.keel.core.write.WriteReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generation pipeline: read, emit, write. Every stage collects its diagnostics and the run stops at the
 * first stage with errors, before anything is written; see {@link dev.keel.core.diag.GenerationFailedException}.
 */
public final class Keel {

    public GenerationResult generate(KeelConfig config) {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(config.spec(), diagnostics);
        diagnostics.throwIfErrors("read contract");

        List<GeneratedFile> files = emit(new EmitContext(api, config));
        WriteReport report = new OutputWriter(config.outputDirectory()).write(files);

        List<Diagnostic> warnings = diagnostics.all().stream().filter(d -> !d.isError()).toList();
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new GenerationResult(api.operations().size(), api.schemas().size(), report, warnings, millis);
    }

    /** Every file of the run, in memory, sorted by path. */
    public static List<GeneratedFile> emit(EmitContext context) {
        List<GeneratedFile> files = new ArrayList<>();
        Stream.concat(ModelEmitters.all().stream(), ApiEmitters.all().stream())
                .map(emitter -> (JavaEmitter<?>) emitter)
                .forEach(emitter -> files.addAll(emitter.emit(context)));
        dev.keel.core.emit.security.SecurityEmitters.all().forEach(emitter -> files.addAll(emitter.emit(context)));
        dev.keel.core.emit.ratelimit.RateLimitEmitters.all().forEach(emitter -> files.addAll(emitter.emit(context)));
        files.addAll(new ResourceEmitter().emit(context));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return files;
    }
}
