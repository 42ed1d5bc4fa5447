package dev.keel.core.naming;

import java.util.Set;

/** Names a generated identifier must not take, and why. */
final class ReservedNames {

    /** Keywords and literals of Java 17, plus the restricted identifiers that break a declaration. */
    static final Set<String> JAVA_KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "yield", "record", "sealed", "permits");

    /**
     * Record components may not be named after these methods of {@link Object} (JLS 8.10.1), and an enum
     * constant or accessor named like them would hide them.
     */
    static final Set<String> OBJECT_METHODS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals");

    /**
     * Simple names the generated code uses without qualification: a generated type of the same name in the
     * same package would shadow them ({@code java.lang} is imported implicitly, the rest are imported by
     * every model record or controller).
     */
    static final Set<String> TYPES_IN_GENERATED_CODE = Set.of(
            // java.lang
            "String", "Object", "Integer", "Long", "Float", "Double", "Boolean", "Byte", "Short", "Character",
            "Number", "Void", "Class", "Enum", "Record", "Override", "Deprecated", "SuppressWarnings",
            "FunctionalInterface", "SafeVarargs", "Iterable", "Comparable", "CharSequence", "Math", "System",
            "Exception", "RuntimeException", "IllegalArgumentException", "IllegalStateException",
            "StringBuilder", "Thread", "Runnable",
            // java.util, java.time, java.net, java.math
            "List", "Map", "Set", "Optional", "UUID", "Objects", "Collection", "LocalDate", "OffsetDateTime",
            "URI", "BigDecimal",
            // Jakarta annotations, Bean Validation, Jackson, Spring
            "Generated", "Valid", "NotNull", "NotBlank", "Size", "Pattern", "Min", "Max", "DecimalMin",
            "DecimalMax", "Email", "JsonProperty", "JsonCreator", "JsonValue", "JsonInclude", "JsonIgnore",
            "JsonNode", "Resource", "ResponseEntity", "HttpStatus", "RestController", "RequestMapping",
            "GetMapping", "PostMapping", "PutMapping", "PatchMapping", "DeleteMapping", "RequestBody",
            "RequestParam", "PathVariable", "RequestHeader", "CookieValue", "Validated");

    private ReservedNames() {
    }
}
