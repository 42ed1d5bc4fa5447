package dev.keel.core.emit.resources;

import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import java.util.List;
import java.util.Locale;

/** Renders the non-Java files of a generated app (configuration defaults) from the FreeMarker templates. */
public final class ResourceEmitter {

    static final int DEFAULT_POOL_SIZE = 10;
    static final String DEFAULT_MAX_REQUEST_BODY = "1MB";

    public List<GeneratedFile> emit(EmitContext context) {
        TemplateRenderer renderer = new TemplateRenderer(context.config().templateDirectory());
        ApplicationDefaults defaults = new ApplicationDefaults(
                applicationName(context.api().title()), DEFAULT_POOL_SIZE, DEFAULT_MAX_REQUEST_BODY);
        return List.of(GeneratedFile.text("resources/keel/application-defaults.yaml",
                renderer.render("application-defaults.yaml.ftl", defaults)));
    }

    /** {@code Projects API} becomes {@code projects-api}: the form Spring and metrics tags expect. */
    public static String applicationName(String title) {
        String kebab = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return kebab.isEmpty() ? "keel-app" : kebab;
    }
}
