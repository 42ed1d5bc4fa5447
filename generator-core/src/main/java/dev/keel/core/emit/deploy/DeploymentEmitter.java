package dev.keel.core.emit.deploy;

import dev.keel.core.config.DeploymentConfig;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.resources.ResourceEmitter;
import dev.keel.core.emit.resources.TemplateRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the deployment files of a generated app: a layered Dockerfile, its ignore file, a compose file with
 * PostgreSQL and Redis, {@code .env.example}, and Kubernetes manifests with a kustomization. Paths are relative to
 * the deployment directory.
 */
public final class DeploymentEmitter {

    /** Output path → template; BuildKit reads {@code <Dockerfile>.dockerignore} next to the Dockerfile. */
    static final Map<String, String> TEMPLATES = templates();

    private static Map<String, String> templates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("Dockerfile", "Dockerfile.ftl");
        templates.put("Dockerfile.dockerignore", "dockerignore.ftl");
        templates.put("compose.yaml", "compose.yaml.ftl");
        templates.put(".env.example", "env.example.ftl");
        templates.put(".gitignore", "deploy-gitignore.ftl");
        templates.put("k8s/kustomization.yaml", "k8s-kustomization.yaml.ftl");
        templates.put("k8s/configmap.yaml", "k8s-configmap.yaml.ftl");
        templates.put("k8s/deployment.yaml", "k8s-deployment.yaml.ftl");
        templates.put("k8s/service.yaml", "k8s-service.yaml.ftl");
        templates.put("k8s/hpa.yaml", "k8s-hpa.yaml.ftl");
        return Map.copyOf(templates);
    }

    /**
     * @param application every other file generated for the app, where the environment variables it reads are found
     */
    public List<GeneratedFile> emit(EmitContext context, DeploymentConfig config, List<GeneratedFile> application) {
        Deployment model = model(context, config, application);
        TemplateRenderer renderer = new TemplateRenderer(context.config().templateDirectory());
        List<GeneratedFile> files = new ArrayList<>();
        TEMPLATES.forEach((path, template) -> files.add(GeneratedFile.text(path, renderer.render(template, model))));
        return files.stream().sorted((a, b) -> a.relativePath().compareTo(b.relativePath())).toList();
    }

    static Deployment model(EmitContext context, DeploymentConfig config, List<GeneratedFile> application) {
        String name = ResourceEmitter.applicationName(context.api().title());
        Path deploy = config.directory().toAbsolutePath().normalize();
        Path project = config.projectDirectory().toAbsolutePath().normalize();
        String buildContext = slashes(deploy.relativize(project));
        String dockerfile = slashes(project.relativize(deploy.resolve("Dockerfile")));
        List<EnvironmentVariable> variables = EnvironmentVariables.describe(
                EnvironmentVariables.readBy(application), name.replace('-', '_'));
        return Deployment.of(name, config.jarFileName(), buildContext.isEmpty() ? "." : buildContext, dockerfile,
                variables);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
