package dev.keel.core.emit.contracttest;

import com.palantir.javapoet.ClassName;
import dev.keel.core.emit.EmitContext;

/** Names of the generated test types and of the JUnit types they use. */
final class ContractTestTypes {

    /** The class the user writes in src/test: it starts the application and implements {@code KeelTestClient}. */
    static final String BASE_CLASS = "ContractTestBase";

    static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    static final ClassName DISPLAY_NAME = ClassName.get("org.junit.jupiter.api", "DisplayName");
    static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");

    private ContractTestTypes() {
    }

    static String packageName(EmitContext context) {
        return context.config().basePackage() + ".contract";
    }

    static ClassName client(EmitContext context) {
        return ClassName.get(packageName(context), "KeelTestClient");
    }

    static ClassName requests(EmitContext context) {
        return ClassName.get(packageName(context), "ContractRequests");
    }

    static ClassName base(EmitContext context) {
        return ClassName.get(packageName(context), BASE_CLASS);
    }
}
