package dev.keel.core.emit.resources;

/**
 * The model of {@code application-defaults.yaml.ftl}: the generated app's configuration defaults.
 *
 * @param applicationName {@code spring.application.name}, derived from the contract's title
 * @param poolSize the HikariCP maximum pool size, sized for a small (2-core) box
 * @param maxRequestBody the largest request body accepted before 413, as a Spring {@code DataSize}
 */
public record ApplicationDefaults(String applicationName, int poolSize, String maxRequestBody) {
}
