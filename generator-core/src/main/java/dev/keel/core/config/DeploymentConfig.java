package dev.keel.core.config;

import java.nio.file.Path;

/**
 * Where the deployment files (Dockerfile, compose, Kubernetes manifests) go and what they build.
 *
 * @param directory the directory Keel owns and rewrites on every run, committed with the project
 * @param projectDirectory the project root: the Docker build context the Dockerfile copies
 * @param jarFileName the executable jar the build makes, e.g. {@code app.jar}, relative to {@code target/}
 */
public record DeploymentConfig(Path directory, Path projectDirectory, String jarFileName) {
}
