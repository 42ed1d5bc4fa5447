package dev.keel.core.emit.api;

import dev.keel.core.emit.JavaEmitter;
import java.util.List;

/** The emitters of the {@code api} and {@code support} packages: controllers, handlers, error handling. */
public final class ApiEmitters {

    private ApiEmitters() {
    }

    public static List<JavaEmitter<?>> all() {
        List<JavaEmitter<?>> all = new java.util.ArrayList<>(List.of(
                new HandlerEmitter(),
                new ControllerEmitter(),
                new ApiProblemExceptionEmitter(),
                new OperationNotImplementedEmitter(),
                new PatchRequestEmitter(),
                new PatchRequestReaderEmitter(),
                new ProblemFactoryEmitter(),
                new ProblemExceptionHandlerEmitter(),
                new RequestErrorsEmitter(),
                new JsonBodyErrorsEmitter(),
                new JsonFieldPathsEmitter(),
                new ProblemErrorControllerEmitter(),
                new RequestBodyLimitFilterEmitter(),
                new WebConfigurationEmitter(),
                new YamlPropertySourceFactoryEmitter(),
                new KeelDefaultsConfigurationEmitter(),
                new EmbeddedInfrastructureEmitter(),
                new ApplicationEmitter()));
        all.addAll(DeepObjectEmitters.all());
        return List.copyOf(all);
    }
}
