package dev.keel.core.emit.data;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.Tag;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.db.Column;
import dev.keel.core.model.db.Table;
import dev.keel.core.naming.NamingStrategy;
import java.util.Locale;

/**
 * Names of the generated data layer: {@code <Resource>Repository}, {@code <Resource>Service} and
 * {@code <Resource>CrudHandler} in {@code <basePackage>.data}, and the names jOOQ's code generator gives the table
 * classes Keel generates under {@code <basePackage>.db} ({@code tables.Projects.PROJECTS.USER_ID}).
 */
final class DataNames {

    static final String AUTO_CONFIGURATION = "KeelDataAutoConfiguration";
    static final String PROBLEM_HANDLER = "DataIntegrityProblemHandler";
    static final String OWNER_RESOLVER = "OwnerResolver";
    static final String API_PROBLEM = "ApiProblemException";
    static final String PATCH_REQUEST = "PatchRequest";
    static final String PROBLEM_FACTORY = "ProblemFactory";

    private static final NamingStrategy NAMING = new NamingStrategy();

    private DataNames() {
    }

    static String dataPackage(EmitContext context) {
        return context.config().basePackage() + ".data";
    }

    static ClassName repository(ResourceBinding resource, EmitContext context) {
        return ClassName.get(dataPackage(context), resource.resource().schema().javaName() + "Repository");
    }

    static ClassName service(ResourceBinding resource, EmitContext context) {
        return ClassName.get(dataPackage(context), resource.resource().schema().javaName() + "Service");
    }

    static ClassName tagHandler(Tag tag, EmitContext context) {
        return ClassName.get(context.apiPackage(), NAMING.handlerName(tag.javaName()));
    }

    /** The resource in words for messages: {@code ProjectMember} to {@code project member}. */
    static String words(ResourceBinding resource) {
        return NAMING.sqlName(resource.name()).replace('_', ' ');
    }

    /** A bean or variable name from a type name: {@code ProjectService} to {@code projectService}. */
    static String variable(ClassName type) {
        String simple = type.simpleName();
        return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
    }

    /** jOOQ's table class, e.g. {@code <basePackage>.db.tables.Projects}. */
    static ClassName tableClass(Table table, EmitContext context) {
        return ClassName.get(context.config().basePackage() + ".db.tables", jooqCamelCase(table.name()));
    }

    /** The table's static instance: {@code Projects.PROJECTS}. */
    static CodeBlock table(Table table, EmitContext context) {
        return CodeBlock.of("$T.$L", tableClass(table, context), jooqIdentifier(table.name()));
    }

    /** A column's field: {@code Projects.PROJECTS.USER_ID}. */
    static CodeBlock field(Table table, Column column, EmitContext context) {
        return CodeBlock.of("$L.$L", table(table, context), jooqIdentifier(column.name()));
    }

    /** jOOQ's class name for a SQL name: words between underscores, each capitalized. */
    static String jooqCamelCase(String name) {
        StringBuilder result = new StringBuilder();
        for (String word : name.replace(' ', '_').replace('-', '_').replace('.', '_').split("_", -1)) {
            if (word.isEmpty()) {
                result.append('_');
            } else {
                if (Character.isDigit(word.charAt(0))) {
                    result.append('_');
                }
                result.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return identifier(result.toString());
    }

    /** jOOQ's constant name for a SQL name: upper case, anything not allowed in a Java name replaced by '_'. */
    static String jooqIdentifier(String name) {
        return identifier(name.toUpperCase(Locale.ROOT));
    }

    private static String identifier(String name) {
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i == 0 && Character.isDigit(c)) {
                result.append('_');
            }
            result.append(Character.isJavaIdentifierPart(c) ? c : '_');
        }
        return result.toString();
    }
}
