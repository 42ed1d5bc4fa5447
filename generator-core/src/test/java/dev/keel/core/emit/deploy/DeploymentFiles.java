package dev.keel.core.emit.deploy;

import dev.keel.core.Keel;
import dev.keel.core.config.DeploymentConfig;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.model.ApiModel;
import dev.keel.core.openapi.OpenApiReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The sample contract's application files and the deployment files made from them, for the deployment tests. */
record DeploymentFiles(List<GeneratedFile> application, List<GeneratedFile> deployment) {

    static final Path SPEC = Path.of("../sample-specs/projects/openapi.yaml");
    static final Path PROJECT = Path.of("/work/app");

    static DeploymentFiles ofSample(Optional<Path> templates) {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(SPEC, diagnostics);
        diagnostics.throwIfErrors("read contract");
        DeploymentConfig deployment = new DeploymentConfig(PROJECT.resolve("deploy"), PROJECT, "keel-sample-app.jar");
        KeelConfig config = new KeelConfig(SPEC, List.of(), "dev.keel.sample", Path.of("unused"), templates,
                Optional.empty(), false, Optional.empty(), Optional.of(deployment));
        EmitContext context = new EmitContext(api, config);
        List<GeneratedFile> application = Keel.emit(context);
        return new DeploymentFiles(application, new DeploymentEmitter().emit(context, deployment, application));
    }

    String text(String path) {
        return deployment.stream().filter(file -> file.relativePath().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no deployment file " + path + " in " + deployment))
                .contentAsString();
    }

    Map<String, Object> yaml(String path) {
        return new Yaml(new LoaderOptions()).load(text(path));
    }

    /** The Dockerfile as instructions: continuation lines joined, comments and blank lines dropped. */
    List<String> dockerInstructions() {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text("Dockerfile").lines().toList()) {
            String trimmed = line.strip();
            if (current.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            instructions.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
        return instructions;
    }

    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(key));
            } else if (current instanceof Map<?, ?> map) {
                if (!map.containsKey(key)) {
                    throw new AssertionError("no '" + key + "' in " + map.keySet() + " (path " + String.join(".", path) + ")");
                }
                current = map.get(key);
            } else {
                throw new AssertionError("cannot follow '" + key + "' into " + current);
            }
        }
        return (T) current;
    }
}
