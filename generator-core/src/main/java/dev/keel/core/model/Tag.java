package dev.keel.core.model;

/**
 * A group of operations; becomes one controller and one handler interface.
 *
 * @param name the contract's tag name, or "default" for untagged operations
 * @param javaName the stem of the generated type names, e.g. {@code Projects} for
 *     {@code ProjectsController} and {@code ProjectsHandler}
 */
public record Tag(String name, String javaName, String description) {
}
