package dev.keel.maven;

import dev.keel.core.emit.resources.BuiltInTemplates;
import java.io.File;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Copies the built-in templates (or the one named by {@code keel.template}) into the template directory, where
 * {@code generate} prefers them to the built-in ones. A template already there is kept.
 */
@Mojo(name = "templates", requiresProject = false, threadSafe = true)
public class TemplatesMojo extends AbstractMojo {

    /** Where to copy; point {@code generate}'s {@code templateDirectory} at it. */
    @Parameter(property = "keel.templateDirectory", defaultValue = "${basedir}/src/main/keel-templates")
    private File templateDirectory;

    /** One template's file name, e.g. {@code application-defaults.yaml.ftl}; all when unset. */
    @Parameter(property = "keel.template")
    private String template;

    @Override
    public void execute() throws MojoFailureException {
        BuiltInTemplates.Export export;
        try {
            export = BuiltInTemplates.export(templateDirectory.toPath(), Optional.ofNullable(template));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Keel: " + e.getMessage() + " (property keel.template)");
        }
        export.copied().forEach(name -> getLog().info("Keel: copied " + name + " to " + templateDirectory));
        export.skipped().forEach(name -> getLog().warn("Keel: kept " + new File(templateDirectory, name)
                + ", which exists; delete it to copy the built-in one again"));
        getLog().info("Keel: set <templateDirectory>" + templateDirectory + "</templateDirectory> in the plugin's "
                + "configuration; generate warns when a built-in template gets a newer keel-template-version");
    }
}
