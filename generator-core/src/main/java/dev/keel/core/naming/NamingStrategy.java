package dev.keel.core.naming;

import dev.keel.core.model.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every decision from a contract name (schema, property, parameter, operation, tag, enum value) to a Java
 * name. Keeping them in one class means a rule such as "a Java keyword gets a suffix" holds everywhere, and a
 * user who wonders why {@code class} became {@code classValue} finds the answer here.
 *
 * <p>Rules, in the words a user sees:
 * <ul>
 *   <li>Words are split at separators ({@code - _ . / space}) and camel humps, so {@code user-profile},
 *       {@code user_profile}, {@code user.profile} and {@code userProfile} all become {@code UserProfile}
 *       as a type and {@code userProfile} as a member. An all-capitals word is one word: {@code URL} becomes
 *       {@code Url}.</li>
 *   <li>A type name starting with a digit is prefixed with {@value #DIGIT_TYPE_PREFIX}, a member name with
 *       {@value #DIGIT_MEMBER_PREFIX}, a constant with {@value #DIGIT_CONSTANT_PREFIX}.</li>
 *   <li>A type name the generated code already uses unqualified ({@code String}, {@code List}, {@code Size},
 *       ...) gets the suffix {@value #RESERVED_TYPE_SUFFIX}; a member that is a Java keyword or an
 *       {@link Object} method name gets the suffix {@value #RESERVED_MEMBER_SUFFIX}.</li>
 *   <li>Enum constants spell symbols out ({@code +} is {@code PLUS}), so {@code Etc/GMT+12} and
 *       {@code Etc/GMT-12} differ; the empty value is {@value #EMPTY_CONSTANT}.</li>
 *   <li>Clashes left after these rules are resolved in contract order by {@link UniqueNames}.</li>
 * </ul>
 */
public final class NamingStrategy {

    public static final String DIGIT_TYPE_PREFIX = "Model";
    public static final String DIGIT_MEMBER_PREFIX = "n";
    public static final String DIGIT_CONSTANT_PREFIX = "VALUE_";
    public static final String RESERVED_TYPE_SUFFIX = "Model";
    public static final String RESERVED_MEMBER_SUFFIX = "Value";
    public static final String EMPTY_CONSTANT = "EMPTY";

    /** A schema name, e.g. {@code user-profile} to {@code UserProfile}, {@code String} to {@code StringModel}. */
    public String typeName(String name) {
        String joined = upperCamel(name);
        if (joined.isEmpty()) {
            return DIGIT_TYPE_PREFIX;
        }
        if (Character.isDigit(joined.charAt(0))) {
            return DIGIT_TYPE_PREFIX + joined;
        }
        if (ReservedNames.TYPES_IN_GENERATED_CODE.contains(joined)) {
            return joined + RESERVED_TYPE_SUFFIX;
        }
        return joined;
    }

    /**
     * The stem of a tag's generated types, e.g. {@code pet-store} to {@code PetStore} for
     * {@code PetStoreController}; never reserved because the stem is always followed by a suffix.
     */
    public String tagName(String tag) {
        String joined = upperCamel(tag);
        if (joined.isEmpty()) {
            return "Default";
        }
        return Character.isDigit(joined.charAt(0)) ? DIGIT_TYPE_PREFIX + joined : joined;
    }

    /**
     * The generated Spring Boot application class, from the contract's title: {@code Projects API} becomes
     * {@code ProjectsApiApplication}; a title that gives no letters becomes {@code KeelApplication}.
     */
    public String applicationClassName(String title) {
        String stem = tagName(title == null ? "" : title);
        if (stem.equals("Default")) {
            stem = "Keel";
        }
        return stem.endsWith("Application") ? stem : stem + "Application";
    }

    public String controllerName(String tagJavaName) {
        return tagJavaName + "Controller";
    }

    public String handlerName(String tagJavaName) {
        return tagJavaName + "Handler";
    }

    /** A property, parameter or method name, e.g. {@code X-Request-Id} to {@code xRequestId}. */
    public String memberName(String name) {
        List<String> words = Words.split(name, false);
        if (words.isEmpty()) {
            return "value";
        }
        StringBuilder joined = new StringBuilder(Words.decapitalize(words.get(0)));
        words.subList(1, words.size()).forEach(word -> joined.append(Words.capitalize(word)));
        String member = joined.toString();
        if (Character.isDigit(member.charAt(0))) {
            return DIGIT_MEMBER_PREFIX + Words.capitalize(member);
        }
        if (ReservedNames.JAVA_KEYWORDS.contains(member) || ReservedNames.OBJECT_METHODS.contains(member)) {
            return member + RESERVED_MEMBER_SUFFIX;
        }
        return member;
    }

    /** An enum constant for a wire value, e.g. {@code in-progress} to {@code IN_PROGRESS}. */
    public String constantName(String value) {
        if (value.isEmpty()) {
            return EMPTY_CONSTANT;
        }
        String joined = Words.split(value, true).stream()
                .map(word -> word.toUpperCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
        return Character.isDigit(joined.charAt(0)) ? DIGIT_CONSTANT_PREFIX + joined : joined;
    }

    /** The handler and controller method for an operation with an {@code operationId}. */
    public String operationName(String operationId) {
        return memberName(operationId);
    }

    /**
     * An operation id for an operation without one, from its method and path:
     * {@code GET /projects/{id}/members} becomes {@code getProjectsByIdMembers}, {@code GET /} {@code getRoot}.
     */
    public String derivedOperationId(HttpMethod method, String path) {
        List<String> words = new ArrayList<>();
        words.add(method.name().toLowerCase(Locale.ROOT));
        for (String segment : path.split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                words.add("by");
                words.add(segment.substring(1, segment.length() - 1));
            } else if (!segment.isEmpty()) {
                words.add(segment);
            }
        }
        if (words.size() == 1) {
            words.add("root");
        }
        return memberName(String.join("-", words));
    }

    /** The type an inline request body schema is hoisted to: {@code createProject} to {@code CreateProjectRequest}. */
    public String requestBodyTypeName(String operationJavaName) {
        return typeName(operationJavaName + "-request");
    }

    /**
     * The type an inline response schema is hoisted to: {@code CreateProjectResponse} for a 2xx status,
     * {@code CreateProject404Response} for others.
     */
    public String responseTypeName(String operationJavaName, String status) {
        String stem = status.startsWith("2") ? operationJavaName : operationJavaName + "-" + status;
        return typeName(stem + "-response");
    }

    /** The type an inline property schema is hoisted to: {@code Project} and {@code owner} to {@code ProjectOwner}. */
    public String propertyTypeName(String parentJavaName, String property) {
        return typeName(parentJavaName + "-" + upperCamel(property));
    }

    /**
     * The type an inline parameter schema is hoisted to: {@code listProjects} and {@code sort} to
     * {@code ListProjectsSort}.
     */
    public String parameterTypeName(String operationJavaName, String parameter) {
        return typeName(operationJavaName + "-" + upperCamel(parameter));
    }

    /** The type inline array items are hoisted to: {@code ProjectTags} to {@code ProjectTagsItem}. */
    public String itemTypeName(String ownerTypeName) {
        return typeName(ownerTypeName + "-item");
    }

    /** The type inline map values are hoisted to: {@code ProjectLabels} to {@code ProjectLabelsValue}. */
    public String valueTypeName(String ownerTypeName) {
        return typeName(ownerTypeName + "-value");
    }

    /**
     * The SQL name a contract name is stored under by convention: {@code createdAt} to {@code created_at},
     * {@code ProjectMember} to {@code project_member}.
     */
    public String sqlName(String name) {
        return Words.split(name, false).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("_"));
    }

    private static String upperCamel(String name) {
        return Words.split(name, false).stream().map(Words::capitalize).collect(Collectors.joining());
    }
}
