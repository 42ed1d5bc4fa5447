package dev.keel.core.emit.deploy;

import static dev.keel.core.emit.deploy.DeploymentFiles.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Kubernetes manifests parsed, and checked against each other and the Dockerfile. */
class KubernetesManifestsTest {

    private final DeploymentFiles files = DeploymentFiles.ofSample(Optional.empty());
    private final Map<String, Object> deployment = files.yaml("k8s/deployment.yaml");
    private final Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", "0");

    @Test
    void probesAskActuatorsLivenessAndReadinessGroupsOnTheHttpPort() {
        assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/health/liveness");
        assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/health/readiness");
        assertThat((String) at(container, "livenessProbe", "httpGet", "port")).isEqualTo("http");
        assertThat((String) at(container, "ports", "0", "name")).isEqualTo("http");
        assertThat((Integer) at(container, "ports", "0", "containerPort")).isEqualTo(8080);
    }

    @Test
    void requestsAndLimitsCpuAndMemory() {
        assertThat((Map<String, Object>) at(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) at(container, "resources", "limits")).containsKeys("cpu", "memory");
    }

    @Test
    void runsAsTheDockerfilesNonRootUser() {
        Map<String, Object> pod = at(deployment, "spec", "template", "spec", "securityContext");
        String dockerUser = files.dockerInstructions().stream().filter(i -> i.startsWith("USER ")).findFirst()
                .orElseThrow().substring("USER ".length());

        assertThat((Boolean) at(pod, "runAsNonRoot")).isTrue();
        assertThat(at(pod, "runAsUser") + ":" + at(pod, "runAsGroup")).isEqualTo(dockerUser);
        assertThat((Boolean) at(container, "securityContext", "allowPrivilegeEscalation")).isFalse();
        assertThat((Boolean) at(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
        assertThat((String) at(container, "volumeMounts", "0", "mountPath")).isEqualTo("/tmp");
    }

    @Test
    void configComesFromTheConfigMapAndSecretsFromTheSecret() {
        Map<String, Object> configMap = files.yaml("k8s/configmap.yaml");
        assertThat((String) at(container, "envFrom", "0", "configMapRef", "name"))
                .isEqualTo(at(configMap, "metadata", "name"));
        assertThat((Map<String, Object>) at(configMap, "data")).containsKeys("KEEL_DB_URL", "KEEL_REDIS_URL")
                .doesNotContainKeys("KEEL_DB_PASSWORD", "KEEL_JWT_SECRET");

        List<Map<String, Object>> env = at(container, "env");
        Map<String, Object> jwtSecret = env.stream().filter(e -> e.get("name").equals("KEEL_JWT_SECRET")).findFirst()
                .orElseThrow();
        assertThat((String) at(jwtSecret, "valueFrom", "secretKeyRef", "name")).isEqualTo("projects-api-secrets");
        assertThat((Boolean) at(jwtSecret, "valueFrom", "secretKeyRef", "optional")).isFalse();
        assertThat(secretVariables(files)).contains("KEEL_DB_PASSWORD", "KEEL_JWT_PRIVATE_KEY");
    }

    @Test
    void serviceAndAutoscalerPointAtTheDeployment() {
        Map<String, Object> service = files.yaml("k8s/service.yaml");
        Map<String, Object> hpa = files.yaml("k8s/hpa.yaml");
        Map<String, Object> podLabels = at(deployment, "spec", "template", "metadata", "labels");

        assertThat(podLabels).containsAllEntriesOf(at(service, "spec", "selector"));
        assertThat((String) at(service, "spec", "ports", "0", "targetPort")).isEqualTo("http");
        assertThat((String) at(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat((String) at(hpa, "spec", "scaleTargetRef", "name")).isEqualTo(at(deployment, "metadata", "name"));
        assertThat((String) at(hpa, "spec", "scaleTargetRef", "kind")).isEqualTo("Deployment");
        assertThat((Integer) at(hpa, "spec", "minReplicas")).isLessThan(at(hpa, "spec", "maxReplicas"));
    }

    @Test
    void kustomizationListsEveryManifestKeelWrites() {
        List<String> resources = at(files.yaml("k8s/kustomization.yaml"), "resources");
        Set<String> manifests = new TreeSet<>();
        files.deployment().stream().map(f -> f.relativePath())
                .filter(p -> p.startsWith("k8s/") && !p.endsWith("kustomization.yaml"))
                .forEach(p -> manifests.add(p.substring("k8s/".length())));

        assertThat(new TreeSet<>(resources)).isEqualTo(manifests);
    }

    /** The variables the pod gets: the ConfigMap's keys and the Secret references. */
    static Set<String> variablesOfThePod(DeploymentFiles files) {
        Set<String> names = new TreeSet<>(((Map<String, Object>) at(files.yaml("k8s/configmap.yaml"), "data")).keySet());
        names.addAll(secretVariables(files));
        return names;
    }

    static Set<String> secretVariables(DeploymentFiles files) {
        List<Map<String, Object>> env = at(files.yaml("k8s/deployment.yaml"), "spec", "template", "spec", "containers",
                "0", "env");
        Set<String> names = new TreeSet<>();
        env.stream().filter(e -> at(e, "valueFrom", "secretKeyRef", "name").equals("projects-api-secrets"))
                .forEach(e -> names.add((String) e.get("name")));
        return names;
    }
}
