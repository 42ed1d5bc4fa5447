package dev.keel.core.emit.deploy;

import java.util.List;

/**
 * The model of the deployment templates ({@code Dockerfile.ftl}, {@code compose.yaml.ftl}, {@code k8s-*.ftl}, ...).
 *
 * @param applicationName the kebab-case name of the app: image, compose project, Kubernetes objects
 * @param databaseName the PostgreSQL database compose creates
 * @param jarFileName the executable jar under {@code target/}
 * @param buildContext the Docker build context relative to the deployment directory, e.g. {@code ..}
 * @param dockerfile the Dockerfile relative to the build context, e.g. {@code deploy/Dockerfile}
 * @param port the HTTP port the app listens on
 * @param userId the numeric, non-root user the container runs as; numeric so Kubernetes can verify runAsNonRoot
 * @param healthPath Actuator's health endpoint, also the Docker HEALTHCHECK
 * @param variables every environment variable the app reads, by name
 * @param configVariables the variables that are not secret: the ConfigMap
 * @param secretVariables the secret ones: references into the Secret {@code <applicationName>-secrets}
 */
public record Deployment(String applicationName, String databaseName, String jarFileName, String buildContext,
        String dockerfile, int port, int userId, String healthPath, List<EnvironmentVariable> variables,
        List<EnvironmentVariable> configVariables, List<EnvironmentVariable> secretVariables) {

    public static final int PORT = 8080;
    public static final int USER_ID = 10001;
    public static final String HEALTH_PATH = "/health";

    public Deployment {
        variables = List.copyOf(variables);
        configVariables = List.copyOf(configVariables);
        secretVariables = List.copyOf(secretVariables);
    }

    static Deployment of(String applicationName, String jarFileName, String buildContext, String dockerfile,
            List<EnvironmentVariable> variables) {
        return new Deployment(applicationName, applicationName.replace('-', '_'), jarFileName, buildContext,
                dockerfile, PORT, USER_ID, HEALTH_PATH, variables,
                variables.stream().filter(variable -> !variable.secret()).toList(),
                variables.stream().filter(EnvironmentVariable::secret).toList());
    }
}
