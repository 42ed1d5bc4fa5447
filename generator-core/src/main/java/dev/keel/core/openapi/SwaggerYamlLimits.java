package dev.keel.core.openapi;

import io.swagger.v3.parser.util.DeserializationUtils;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * swagger-parser's limits on a YAML contract and the SnakeYAML loader options it reads one with, as its
 * {@code DeserializationUtils} has them (its {@code Options} read the same system properties), without initializing
 * that class: its static set-up builds three Jackson mappers, some 15 ms of a short run, that a tree built from the
 * syntax check's nodes does not use.
 */
final class SwaggerYamlLimits {

    static final DeserializationUtils.Options LIMITS = new DeserializationUtils.Options();

    private SwaggerYamlLimits() {
    }

    /** As {@code DeserializationUtils.buildLoaderOptions()}: a key constructed twice is refused. */
    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(LIMITS.getMaxYamlAliasesForCollections());
        options.setAllowRecursiveKeys(LIMITS.isYamlAllowRecursiveKeys());
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(LIMITS.getMaxYamlCodePoints());
        return options;
    }
}
