package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.LibraryTypes;

/** The library types the generated data layer refers to, in one place so a moved class is fixed once. */
final class DataTypes implements LibraryTypes {

    // jOOQ 3.19
    static final ClassName DSL_CONTEXT = ClassName.get("org.jooq", "DSLContext");
    static final ClassName DSL = ClassName.get("org.jooq.impl", "DSL");
    static final ClassName RECORD = ClassName.get("org.jooq", "Record");
    static final ClassName FIELD = ClassName.get("org.jooq", "Field");
    static final ClassName RESULT = ClassName.get("org.jooq", "Result");
    static final ClassName CONDITION = ClassName.get("org.jooq", "Condition");
    static final ClassName SORT_FIELD = ClassName.get("org.jooq", "SortField");

    // Spring Framework 7 and Spring Boot 4.1
    static final ClassName TRANSACTIONAL = ClassName.get("org.springframework.transaction.annotation", "Transactional");
    static final String JOOQ_AUTO_CONFIGURATION = "org.springframework.boot.jooq.autoconfigure.JooqAutoConfiguration";
    static final ClassName REST_CONTROLLER_ADVICE =
            ClassName.get("org.springframework.web.bind.annotation", "RestControllerAdvice");
    static final ClassName EXCEPTION_HANDLER =
            ClassName.get("org.springframework.web.bind.annotation", "ExceptionHandler");
    static final ClassName DATA_INTEGRITY_VIOLATION =
            ClassName.get("org.springframework.dao", "DataIntegrityViolationException");
    static final ClassName DUPLICATE_KEY = ClassName.get("org.springframework.dao", "DuplicateKeyException");

    // PostgreSQL JDBC driver
    static final ClassName PSQL_EXCEPTION = ClassName.get("org.postgresql.util", "PSQLException");
    static final ClassName SERVER_ERROR_MESSAGE = ClassName.get("org.postgresql.util", "ServerErrorMessage");

    private DataTypes() {
    }
}
