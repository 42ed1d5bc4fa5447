package dev.keel.core.emit.resources;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.GenerationFailedException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders built-in templates from the templates jar; a file of the same name in the user's template
 * directory wins. Strict: an unknown variable fails the run with template name, line and column.
 */
public final class TemplateRenderer {

    static final String BUILT_IN_ROOT = "/dev/keel/templates";

    private final Configuration freemarker;

    public TemplateRenderer(Optional<Path> userTemplateDirectory) {
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setTemplateLoader(loader(userTemplateDirectory));
    }

    private static TemplateLoader loader(Optional<Path> userTemplateDirectory) {
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplateDirectory.isPresent()) {
            try {
                loaders.add(new FileTemplateLoader(userTemplateDirectory.get().toFile()));
            } catch (IOException e) {
                throw new GenerationFailedException("templates", List.of(Diagnostic.error(
                        userTemplateDirectory.get().toString(), 0, "",
                        "the template directory cannot be read: " + e.getMessage())));
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateRenderer.class, BUILT_IN_ROOT));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** Renders {@code templateName} (e.g. {@code application-defaults.yaml.ftl}) with {@code model} as its root. */
    public String render(String templateName, Object model) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw failure(templateName, e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage());
        } catch (InvalidReferenceException e) {
            throw failure(templateName, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                    "unknown variable '" + e.getBlamedExpressionString() + "'; the model "
                            + model.getClass().getSimpleName() + " has " + variablesOf(model));
        } catch (TemplateException e) {
            throw failure(templateName, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                    firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + templateName + " cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static GenerationFailedException failure(String template, int line, int column, String message) {
        return new GenerationFailedException("render templates", List.of(
                Diagnostic.error(template, line, "", "column " + column + ": " + message)));
    }

    private static String variablesOf(Object model) {
        if (!model.getClass().isRecord()) {
            return "no listed variables";
        }
        return Arrays.stream(model.getClass().getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(", "));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
