package dev.keel.maven;

import dev.keel.core.diag.GenerationFailedException;
import dev.keel.core.emit.resources.ResourceEmitter;
import dev.keel.core.init.NewProject;
import dev.keel.core.init.ProjectInitializer;
import java.io.File;
import java.util.List;
import java.util.Locale;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Creates a new Keel project in a directory: pom with the plugin configured, a starter contract and DDL, the
 * application's configuration and a README. Refuses, writing nothing, when any of these files exists.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Where the project goes; the current directory by default. */
    @Parameter(property = "keel.directory", defaultValue = "${basedir}")
    private File directory;

    @Parameter(property = "keel.groupId", defaultValue = "com.example")
    private String groupId;

    /** The artifact id; the directory's name by default. */
    @Parameter(property = "keel.artifactId")
    private String artifactId;

    /** The generated code's package; {@code groupId.artifactId} by default. */
    @Parameter(property = "keel.basePackage")
    private String basePackage;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String keelVersion;

    @Override
    public void execute() throws MojoFailureException {
        String artifact = artifactId != null ? artifactId : ResourceEmitter.applicationName(directory.getAbsoluteFile().getName());
        String packageName = basePackage != null ? basePackage
                : groupId + "." + artifact.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        if (!SourceVersion.isName(packageName)) {
            throw new MojoFailureException("Keel: '" + packageName + "' is not a Java package name; set "
                    + "-Dkeel.basePackage, e.g. com.example.tasks");
        }
        NewProject project = new NewProject(groupId, artifact, packageName, title(artifact), keelVersion,
                NewProject.SPRING_BOOT_VERSION);
        try {
            List<String> written = ProjectInitializer.init(directory.toPath(), project);
            written.forEach(path -> getLog().info("Keel: wrote " + new File(directory, path)));
            getLog().info("Keel: new project " + artifact + " in " + directory + "; build it with mvn verify");
        } catch (GenerationFailedException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** {@code task-board} becomes {@code Task Board API}. */
    private static String title(String artifact) {
        StringBuilder title = new StringBuilder();
        for (String word : artifact.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                title.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1)).append(' ');
            }
        }
        return title.append("API").toString();
    }
}
