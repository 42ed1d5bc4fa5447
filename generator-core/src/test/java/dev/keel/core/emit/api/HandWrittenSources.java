package dev.keel.core.emit.api;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Model types as the model emitter's contract promises them (records with {@code @JsonProperty} names and Bean
 * Validation annotations, enums with {@code fromValue} and wire-value {@code toString()}), written by hand while
 * that emitter is built in parallel, and the handler a user would write.
 */
final class HandWrittenSources {

    private static final String MODEL = ProjectsContract.BASE_PACKAGE + ".model";

    private HandWrittenSources() {
    }

    static List<JavaFileObject> model() {
        return List.of(
                source(MODEL + ".ProjectStatus", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonCreator;
                        import com.fasterxml.jackson.annotation.JsonValue;

                        public enum ProjectStatus {
                            ACTIVE("active"), COMPLETED("completed"), ARCHIVED("archived");

                            private final String value;

                            ProjectStatus(String value) {
                                this.value = value;
                            }

                            @JsonCreator
                            public static ProjectStatus fromValue(String text) {
                                for (ProjectStatus status : values()) {
                                    if (status.value.equals(text)) {
                                        return status;
                                    }
                                }
                                throw new IllegalArgumentException("must be one of [active, completed, archived]");
                            }

                            @JsonValue
                            @Override
                            public String toString() {
                                return value;
                            }
                        }
                        """),
                source(MODEL + ".Project", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import java.time.OffsetDateTime;
                        import java.util.UUID;

                        public record Project(@JsonProperty("id") UUID id, @JsonProperty("userId") UUID userId,
                                @JsonProperty("name") String name, @JsonProperty("description") String description,
                                @JsonProperty("status") ProjectStatus status,
                                @JsonProperty("createdAt") OffsetDateTime createdAt,
                                @JsonProperty("updatedAt") OffsetDateTime updatedAt) {
                        }
                        """),
                source(MODEL + ".ProjectCreate", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import jakarta.validation.constraints.NotNull;
                        import jakarta.validation.constraints.Pattern;
                        import jakarta.validation.constraints.Size;

                        public record ProjectCreate(
                                @JsonProperty("name") @NotNull
                                @Size(min = 3, message = "Name must be at least 3 characters")
                                @Pattern(regexp = "^[a-zA-Z0-9\\\\s-]+$", message = "Name contains invalid characters")
                                String name,
                                @JsonProperty("description") @Size(max = 1000, message = "Description too long")
                                String description,
                                @JsonProperty("status") ProjectStatus status) {
                        }
                        """),
                source(MODEL + ".ProjectReplace", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import jakarta.validation.constraints.NotNull;
                        import jakarta.validation.constraints.Size;

                        public record ProjectReplace(@JsonProperty("name") @NotNull @Size(min = 3) String name,
                                @JsonProperty("description") String description,
                                @JsonProperty("status") @NotNull ProjectStatus status) {
                        }
                        """),
                source(MODEL + ".ProjectPatch", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;

                        import jakarta.validation.constraints.Size;

                        public record ProjectPatch(
                                @JsonProperty("name") @Size(min = 3, message = "Name must be at least 3 characters")
                                String name,
                                @JsonProperty("description") @Size(max = 1000, message = "Description too long")
                                String description,
                                @JsonProperty("status") ProjectStatus status) {
                        }
                        """),
                source(MODEL + ".Pagination", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;

                        public record Pagination(@JsonProperty("page") Integer page, @JsonProperty("limit") Integer limit,
                                @JsonProperty("total") Long total, @JsonProperty("totalPages") Integer totalPages) {
                        }
                        """),
                source(MODEL + ".ProjectPage", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import java.util.List;

                        public record ProjectPage(@JsonProperty("data") List<Project> data,
                                @JsonProperty("pagination") Pagination pagination) {
                        }
                        """),
                source(MODEL + ".Invoice", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import java.util.UUID;

                        public record Invoice(@JsonProperty("id") UUID id,
                                @JsonProperty("customer_name") String customerName) {
                        }
                        """),
                source(MODEL + ".InvoiceCreate", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import jakarta.validation.Valid;
                        import jakarta.validation.constraints.NotBlank;
                        import jakarta.validation.constraints.NotNull;
                        import java.util.List;

                        public record InvoiceCreate(
                                @JsonProperty("customer_name") @NotBlank String customerName,
                                @JsonProperty("line_items") @NotNull List<@Valid InvoiceLine> lineItems) {
                        }
                        """),
                source(MODEL + ".InvoicePatch", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import jakarta.validation.Valid;
                        import jakarta.validation.constraints.Size;
                        import java.util.List;

                        public record InvoicePatch(
                                @JsonProperty("customer_name") @Size(min = 2) String customerName,
                                @JsonProperty("line_items") List<@Valid InvoiceLine> lineItems) {
                        }
                        """),
                source(MODEL + ".InvoiceLine", """
                        package com.example.projects.model;

                        import com.fasterxml.jackson.annotation.JsonProperty;
                        import jakarta.validation.constraints.DecimalMin;
                        import jakarta.validation.constraints.Min;
                        import jakarta.validation.constraints.NotNull;
                        import java.math.BigDecimal;

                        public record InvoiceLine(
                                @JsonProperty("unit_price") @NotNull @DecimalMin("0.01") BigDecimal unitPrice,
                                @JsonProperty("quantity") @NotNull @Min(1) Integer quantity) {
                        }
                        """));
    }

    /**
     * The user's code: a handler where some operations work, one fails unexpectedly and one reports a problem,
     * and a filter that fails before Spring MVC is reached when asked to.
     */
    static List<JavaFileObject> user() {
        return List.of(source(ProjectsContract.BASE_PACKAGE + ".app.ExplodingFilter", """
                package com.example.projects.app;

                import jakarta.servlet.FilterChain;
                import jakarta.servlet.ServletException;
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import java.io.IOException;
                import org.springframework.stereotype.Component;
                import org.springframework.web.filter.OncePerRequestFilter;

                @Component
                public class ExplodingFilter extends OncePerRequestFilter {

                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        if (request.getHeader("X-Explode") != null) {
                            throw new IllegalStateException("filter secret");
                        }
                        chain.doFilter(request, response);
                    }
                }
                """),
                source(ProjectsContract.BASE_PACKAGE + ".app.MyProjectsHandler", """
                package com.example.projects.app;

                import com.example.projects.api.ProjectsHandler;
                import com.example.projects.model.Pagination;
                import com.example.projects.model.Project;
                import com.example.projects.model.ProjectCreate;
                import com.example.projects.model.ProjectPage;
                import com.example.projects.model.ProjectPatch;
                import com.example.projects.model.ProjectReplace;
                import com.example.projects.model.ProjectStatus;
                import com.example.projects.support.ApiProblemException;
                import com.example.projects.support.PatchRequest;
                import java.time.OffsetDateTime;
                import java.util.List;
                import java.util.UUID;
                import org.springframework.stereotype.Component;

                @Component
                public class MyProjectsHandler implements ProjectsHandler {

                    public static final UUID CREATED_ID = UUID.fromString("7b0c2a4e-8d3f-4c55-9a1e-2f6b9d0c1e23");

                    /** The last patch received, for tests to look at. */
                    public static volatile PatchRequest<ProjectPatch> lastPatch;

                    @Override
                    public ProjectPage listProjects(Integer page, Integer limit, ProjectStatus status, String sort) {
                        return new ProjectPage(List.of(), new Pagination(page, limit, 0L, status == null ? 0 : 1));
                    }

                    @Override
                    public Project createProject(ProjectCreate body) {
                        OffsetDateTime now = OffsetDateTime.parse("2026-01-01T00:00:00Z");
                        return new Project(CREATED_ID, CREATED_ID, body.name(), body.description(),
                                body.status() == null ? ProjectStatus.ACTIVE : body.status(), now, now);
                    }

                    @Override
                    public Project getProject(UUID id) {
                        throw new IllegalStateException("connection to db-7 refused, password hunter2");
                    }

                    @Override
                    public Project replaceProject(UUID id, ProjectReplace body) {
                        throw ApiProblemException.notFound("No project " + id + ".");
                    }

                    /** Patches a stored project named Garden: what the request left out stays as it was. */
                    @Override
                    public Project updateProject(UUID id, PatchRequest<ProjectPatch> body) {
                        lastPatch = body;
                        ProjectPatch patch = body.value();
                        OffsetDateTime created = OffsetDateTime.parse("2026-01-01T00:00:00Z");
                        return new Project(id, CREATED_ID,
                                body.has("name") ? patch.name() : "Garden",
                                body.has("description") ? patch.description() : "Vegetables",
                                body.has("status") ? patch.status() : ProjectStatus.ACTIVE,
                                created, created);
                    }
                }
                """));
    }

    private static JavaFileObject source(String className, String text) {
        return JavaFileObjects.forSourceString(className, text);
    }
}
