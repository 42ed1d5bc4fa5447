package dev.keel.core.emit.api;

import static dev.keel.core.emit.api.SpringTypes.SPRING_APPLICATION;
import static dev.keel.core.emit.api.SpringTypes.SPRING_BOOT_APPLICATION;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.JavaEmitter;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code @SpringBootApplication} class in the base package, named after the contract's title:
 * {@code Projects API} becomes {@code ProjectsApiApplication}. Component scanning from the base package finds
 * the generated code and the user's handler beans in or below it.
 */
final class ApplicationEmitter extends JavaEmitter<EmitContext> {

    @Override
    protected List<EmitContext> inputs(EmitContext context) {
        return List.of(context);
    }

    @Override
    protected String packageName(EmitContext input, EmitContext context) {
        return context.config().basePackage();
    }

    @Override
    protected TypeSpec.Builder write(EmitContext input, EmitContext context) {
        ClassName self = ClassName.get(context.config().basePackage(), className(context.api().title()));
        return TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(SPRING_BOOT_APPLICATION)
                .addJavadoc("Starts the application generated from $S.\n", context.api().title())
                .addMethod(MethodSpec.methodBuilder("main")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(ArrayTypeName.of(String.class), "args")
                        .addStatement("$T.run($T.class, args)", SPRING_APPLICATION, self)
                        .build());
    }

    /**
     * The title's words in upper camel case plus {@code Application} (unless it already ends so); a word in
     * capitals counts as one word: {@code Projects API} is {@code ProjectsApiApplication}.
     */
    static String className(String title) {
        StringBuilder name = new StringBuilder();
        for (String word : (title == null ? "" : title).split("[^\\p{L}\\p{Nd}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String rest = word.equals(word.toUpperCase(Locale.ROOT)) ? word.substring(1).toLowerCase(Locale.ROOT)
                    : word.substring(1);
            name.append(Character.toUpperCase(word.charAt(0))).append(rest);
        }
        if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "Keel");
        }
        return name.toString().endsWith("Application") ? name.toString() : name.append("Application").toString();
    }
}
