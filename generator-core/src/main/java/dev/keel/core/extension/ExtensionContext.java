package dev.keel.core.extension;

import dev.keel.core.model.ApiModel;

/**
 * What an extension may read: the immutable model of the contract and the base package of the generated code.
 */
public record ExtensionContext(ApiModel api, String basePackage) {
}
