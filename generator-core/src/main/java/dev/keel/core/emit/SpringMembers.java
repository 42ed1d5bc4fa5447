package dev.keel.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import javax.lang.model.element.Modifier;

/** Members of Spring types that several emitters write the same way. */
public final class SpringMembers {

    private SpringMembers() {
    }

    /**
     * A component of a {@code @ConfigurationProperties} record with Spring Boot's {@code @DefaultValue}; a null value
     * gives the empty default: an empty list, or a nested record of its own defaults.
     */
    public static ParameterSpec defaulted(TypeName type, String name, String value) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(LibraryTypes.DEFAULT_VALUE);
        if (value != null) {
            annotation.addMember("value", "$S", value);
        }
        return ParameterSpec.builder(type, name).addAnnotation(annotation.build()).build();
    }

    /** The signature of {@code OncePerRequestFilter.doFilterInternal}; the caller adds the body. */
    public static MethodSpec.Builder doFilterInternal() {
        return MethodSpec.methodBuilder("doFilterInternal")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .addParameter(LibraryTypes.SERVLET_REQUEST, "request")
                .addParameter(LibraryTypes.SERVLET_RESPONSE, "response")
                .addParameter(LibraryTypes.FILTER_CHAIN, "chain")
                .addException(LibraryTypes.SERVLET_EXCEPTION)
                .addException(IOException.class);
    }
}
