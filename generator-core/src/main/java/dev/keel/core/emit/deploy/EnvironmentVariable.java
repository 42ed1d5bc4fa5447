package dev.keel.core.emit.deploy;

/**
 * One environment variable the generated application reads, as the deployment templates show it.
 *
 * @param name e.g. {@code KEEL_DB_URL}
 * @param description one line for {@code .env.example}
 * @param secret whether it belongs in a Kubernetes Secret rather than the ConfigMap
 * @param required whether a deployment (profile {@code prod}) must set it
 * @param composeValue the value compose gives the app: wired to a compose service, or taken from {@code .env}
 * @param configValue the ConfigMap value of a variable that is not secret
 * @param exampleValue the value {@code .env.example} suggests; empty for secrets
 */
public record EnvironmentVariable(String name, String description, boolean secret, boolean required,
        String composeValue, String configValue, String exampleValue) {
}
