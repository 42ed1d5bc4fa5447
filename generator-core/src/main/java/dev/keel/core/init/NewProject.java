package dev.keel.core.init;

import dev.keel.core.cli.ProjectPom;

/**
 * The model of the {@code init/*.ftl} templates: a new project's coordinates and the versions it starts on.
 *
 * @param title the contract's title, e.g. {@code Tasks API}
 * @param versions the library versions Keel pins, the same a project written by the command line gets
 */
public record NewProject(String groupId, String artifactId, String basePackage, String title, String keelVersion,
        String springBootVersion, ProjectPom.Versions versions) {

    public static final String SPRING_BOOT_VERSION = "4.1.1";

    /** A project on the versions this Keel release was built and tested with. */
    public NewProject(String groupId, String artifactId, String basePackage, String title, String keelVersion,
            String springBootVersion) {
        this(groupId, artifactId, basePackage, title, keelVersion, springBootVersion, ProjectPom.Versions.load());
    }
}
