package dev.keel.core.init;

/**
 * The model of the {@code init/*.ftl} templates: a new project's coordinates and the versions it starts on.
 *
 * @param title the contract's title, e.g. {@code Tasks API}
 */
public record NewProject(String groupId, String artifactId, String basePackage, String title, String keelVersion,
        String springBootVersion) {

    public static final String SPRING_BOOT_VERSION = "4.1.1";
}
