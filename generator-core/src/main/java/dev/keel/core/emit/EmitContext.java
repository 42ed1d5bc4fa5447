package dev.keel.core.emit;

import com.palantir.javapoet.ClassName;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.SchemaDef;

/** What every emitter may read: the model, the configuration, and where each kind of type lives. */
public record EmitContext(ApiModel api, KeelConfig config) {

    public String modelPackage() {
        return config.basePackage() + ".model";
    }

    public String apiPackage() {
        return config.basePackage() + ".api";
    }

    public String supportPackage() {
        return config.basePackage() + ".support";
    }

    public ClassName schemaClass(String schemaName) {
        SchemaDef schema = api.schema(schemaName)
                .orElseThrow(() -> new IllegalStateException("The model names an unknown schema: " + schemaName));
        return ClassName.get(modelPackage(), schema.javaName());
    }

    public ClassName supportClass(String simpleName) {
        return ClassName.get(supportPackage(), simpleName);
    }
}
