package dev.keel.core.emit.api;

import dev.keel.core.config.KeelConfig;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.OperationSecurity;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Property;
import dev.keel.core.model.RateLimits;
import dev.keel.core.model.RequestBody;
import dev.keel.core.model.Response;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projects operations of {@code sample-specs/projects/openapi.yaml} as the reader models them, built by hand,
 * plus a small {@code invoices} tag whose JSON names differ from the Java names and which takes a header.
 */
final class ProjectsContract {

    static final String BASE_PACKAGE = "com.example.projects";

    private static final TypeRef STRING = TypeRef.scalar(TypeRef.Scalar.Kind.STRING);
    private static final TypeRef INT32 = TypeRef.scalar(TypeRef.Scalar.Kind.INT32);
    private static final TypeRef UUID = TypeRef.scalar(TypeRef.Scalar.Kind.UUID);
    private static final TypeRef DATE_TIME = TypeRef.scalar(TypeRef.Scalar.Kind.DATE_TIME);

    private ProjectsContract() {
    }

    static EmitContext context() {
        KeelConfig config = new KeelConfig(Path.of("openapi.yaml"), List.of(), BASE_PACKAGE, Path.of("unused"),
                Optional.empty());
        return new EmitContext(api(), config);
    }

    static ApiModel api() {
        return new ApiModel("Projects API", "1.0.0", "/api/v1",
                List.of(new Tag("invoices", "Invoices", "Bills."),
                        new Tag("projects", "Projects", "The signed-in user's projects.")),
                List.of(createInvoice(), listInvoices(), updateInvoice(), listProjects(), createProject(), getProject(), replaceProject(),
                        updateProject(), deleteProject()),
                schemas(), List.of(), RateLimits.NONE);
    }

    static Constraints minimum(int minimum) {
        return new Constraints(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(BigDecimal.valueOf(minimum)), false, Optional.empty(), false, Optional.empty(),
                Optional.empty(), false, Map.of());
    }

    private static Operation listProjects() {
        Constraints limit = new Constraints(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(BigDecimal.ONE), false, Optional.of(BigDecimal.valueOf(100)), false, Optional.empty(),
                Optional.empty(), false, Map.of());
        Constraints sort = new Constraints(Optional.empty(), Optional.empty(),
                Optional.of("^[a-zA-Z]+:(asc|desc)(,[a-zA-Z]+:(asc|desc))*$"), Optional.empty(), false,
                Optional.empty(), false, Optional.empty(), Optional.empty(), false,
                Map.of("pattern", "Sort must be field:direction pairs, e.g. createdAt:desc"));
        return operation("listProjects", HttpMethod.GET, "/projects", "projects", "One page of the signed-in user's projects.",
                List.of(query("page", INT32, minimum(1), "1", "1-based page number."),
                        query("limit", INT32, limit, "20", "Page size."),
                        query("status", new TypeRef.Named("ProjectStatus"), Constraints.NONE, null,
                                "Only projects with this status."),
                        query("sort", STRING, sort, "createdAt:desc", "Comma-separated field:direction pairs.")),
                Optional.empty(), ok("200", "ProjectPage"));
    }

    private static Operation createProject() {
        Response created = new Response("201", "Created.", Optional.of("application/json"),
                Optional.of(new TypeRef.Named("Project")), List.of("Location"));
        return operation("createProject", HttpMethod.POST, "/projects", "projects",
                "Create a project owned by the signed-in user.", List.of(), body("ProjectCreate"), created);
    }

    private static Operation getProject() {
        return operation("getProject", HttpMethod.GET, "/projects/{id}", "projects", "One project.",
                List.of(projectId()), Optional.empty(), ok("200", "Project"));
    }

    private static Operation replaceProject() {
        return operation("replaceProject", HttpMethod.PUT, "/projects/{id}", "projects",
                "Replace a project's editable fields.", List.of(projectId()), body("ProjectReplace"), ok("200", "Project"));
    }

    private static Operation updateProject() {
        return operation("updateProject", HttpMethod.PATCH, "/projects/{id}", "projects",
                "Change some of a project's fields; absent fields stay as they are.", List.of(projectId()),
                body("ProjectPatch"), ok("200", "Project"));
    }

    private static Operation deleteProject() {
        Response deleted = new Response("204", "Deleted.", Optional.empty(), Optional.empty(), List.of());
        return operation("deleteProject", HttpMethod.DELETE, "/projects/{id}", "projects", "Delete a project.",
                List.of(projectId()), Optional.empty(), deleted);
    }

    private static Operation createInvoice() {
        Response created = new Response("201", "Created.", Optional.of("application/json"),
                Optional.of(new TypeRef.Named("Invoice")), List.of());
        return operation("createInvoice", HttpMethod.POST, "/invoices", "invoices", "Bill a customer.", List.of(),
                body("InvoiceCreate"), created);
    }

    /** A PATCH whose body is optional, of a schema whose JSON names differ from the Java names. */
    private static Operation updateInvoice() {
        Parameter id = new Parameter("id", "id", Parameter.Location.PATH, UUID, true, Constraints.NONE,
                Optional.empty(), "The invoice's id.");
        Optional<RequestBody> body = Optional.of(new RequestBody("application/merge-patch+json",
                new TypeRef.Named("InvoicePatch"), false));
        return operation("updateInvoice", HttpMethod.PATCH, "/invoices/{id}", "invoices", "Correct an invoice.",
                List.of(id), body, ok("200", "Invoice"));
    }

    private static Operation listInvoices() {
        Parameter tenant = new Parameter("X-Tenant-Id", "xTenantId", Parameter.Location.HEADER, UUID, true,
                Constraints.NONE, Optional.empty(), "The tenant whose invoices to list.");
        Parameter session = new Parameter("session", "session", Parameter.Location.COOKIE, STRING, false,
                Constraints.NONE, Optional.empty(), "");
        Response list = new Response("200", "Invoices.", Optional.of("application/json"),
                Optional.of(new TypeRef.ListOf(new TypeRef.Named("Invoice"), Constraints.NONE, false)), List.of());
        return operation("listInvoices", HttpMethod.GET, "/invoices", "invoices", "The tenant's invoices.",
                List.of(session, tenant), Optional.empty(), list);
    }

    private static Parameter projectId() {
        return new Parameter("id", "id", Parameter.Location.PATH, UUID, true, Constraints.NONE, Optional.empty(),
                "The project's id.");
    }

    private static Parameter query(String name, TypeRef type, Constraints constraints, String defaultValue,
            String description) {
        return new Parameter(name, name, Parameter.Location.QUERY, type, false, constraints,
                Optional.ofNullable(defaultValue), description);
    }

    private static Optional<RequestBody> body(String schema) {
        return Optional.of(new RequestBody("application/json", new TypeRef.Named(schema), true));
    }

    private static Response ok(String status, String schema) {
        return new Response(status, "OK.", Optional.of("application/json"), Optional.of(new TypeRef.Named(schema)),
                List.of());
    }

    private static Operation operation(String id, HttpMethod method, String path, String tag, String summary,
            List<Parameter> parameters, Optional<RequestBody> body, Response success) {
        Response problem = new Response("400", "Invalid.", Optional.of("application/problem+json"),
                Optional.empty(), List.of());
        return new Operation(id, id, method, path, tag, summary, false, parameters, body, List.of(success, problem),
                "#/paths/" + path.replace("/", "~1") + "/" + method.name().toLowerCase(), OperationSecurity.PUBLIC,
                Optional.empty());
    }

    private static List<SchemaDef> schemas() {
        return List.of(
                object("Invoice", property("id", UUID), property("customerName", "customer_name", STRING)),
                object("InvoiceCreate", property("customerName", "customer_name", STRING),
                        property("lineItems", "line_items",
                                new TypeRef.ListOf(new TypeRef.Named("InvoiceLine"), Constraints.NONE, false))),
                object("InvoicePatch", property("customerName", "customer_name", STRING),
                        property("lineItems", "line_items",
                                new TypeRef.ListOf(new TypeRef.Named("InvoiceLine"), Constraints.NONE, false))),
                object("InvoiceLine", property("unitPrice", "unit_price", TypeRef.scalar(TypeRef.Scalar.Kind.DECIMAL)),
                        property("quantity", INT32)),
                object("Pagination", property("page", INT32), property("limit", INT32),
                        property("total", TypeRef.scalar(TypeRef.Scalar.Kind.INT64)), property("totalPages", INT32)),
                object("Project", property("id", UUID), property("userId", UUID), property("name", STRING),
                        property("description", STRING), property("status", new TypeRef.Named("ProjectStatus")),
                        property("createdAt", DATE_TIME), property("updatedAt", DATE_TIME)),
                object("ProjectCreate", property("name", STRING), property("description", STRING),
                        property("status", new TypeRef.Named("ProjectStatus"))),
                object("ProjectPage", property("data", new TypeRef.ListOf(new TypeRef.Named("Project"),
                        Constraints.NONE, false)), property("pagination", new TypeRef.Named("Pagination"))),
                object("ProjectPatch", property("name", STRING), nullable(property("description", STRING)),
                        property("status", new TypeRef.Named("ProjectStatus"))),
                object("ProjectReplace", property("name", STRING), property("description", STRING),
                        property("status", new TypeRef.Named("ProjectStatus"))),
                new EnumSchema("ProjectStatus", "ProjectStatus", "", false,
                        List.of(new EnumSchema.Constant("ACTIVE", "active"),
                                new EnumSchema.Constant("COMPLETED", "completed"),
                                new EnumSchema.Constant("ARCHIVED", "archived")),
                        "#/components/schemas/ProjectStatus"));
    }

    private static ObjectSchema object(String name, Property... properties) {
        return new ObjectSchema(name, name, "", false, List.of(properties), "#/components/schemas/" + name);
    }

    private static Property property(String name, TypeRef type) {
        return property(name, name, type);
    }

    /** The property with {@code null} allowed, as {@code type: [string, 'null']} reads. */
    private static Property nullable(Property property) {
        return new Property(property.name(), property.javaName(), property.type(), property.required(), true,
                property.readOnly(), property.writeOnly(), property.deprecated(), property.trim(),
                property.constraints(), property.defaultValue(), property.description(), property.pointer());
    }

    private static Property property(String javaName, String jsonName, TypeRef type) {
        return new Property(jsonName, javaName, type, false, false, false, false, false, false, Constraints.NONE,
                Optional.empty(), "", "");
    }
}
