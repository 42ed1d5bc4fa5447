package dev.keel.core.bind;

import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.bind.CrudOperation;
import dev.keel.core.model.bind.ResourceBinding;
import dev.keel.core.model.bind.SchemaBinding;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.naming.NamingStrategy;
import dev.keel.core.openapi.SpecLines;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Binds the contract to the tables of the DDL files: which schema is stored in which table, which property in which
 * column, and which operations are the CRUD operations of which resource. What it finds is what the data layer is
 * generated from and what {@link Bindings#describe()} prints.
 *
 * <p>A schema is bound by {@code x-keel-table} or by name ({@code Project} to {@code projects} or {@code project});
 * the request bodies of a resource's create, replace and patch operations to the resource's table. Each property
 * of a bound schema is bound by {@code x-keel-column} or by name ({@code createdAt} to {@code created_at}), unless
 * it is {@code x-keel-transient}. Every mismatch is an error located at the contract's line and pointer and naming
 * {@code table.column}: a property without a column, incompatible types, a body that can send null or nothing for a
 * {@code NOT NULL} column, a {@code maxLength} beyond the column's length, enum values outside its {@code CHECK}
 * list. All of them are reported before the caller stops the run.
 */
public final class Binder {

    private final ApiModel api;
    private final DatabaseSchema database;
    private final String specFile;
    private final SpecLines lines;

    /**
     * @param specFile the contract as the user named it, for diagnostics
     * @param lines the contract's lines, for the line of each pointer
     */
    public Binder(ApiModel api, DatabaseSchema database, String specFile, SpecLines lines) {
        this.api = api;
        this.database = database;
        this.specFile = specFile;
        this.lines = lines;
    }

    /** The bindings; mismatches are reported to {@code diagnostics}, which the caller checks for errors. */
    public Bindings bind(Diagnostics diagnostics) {
        BindProblems problems = new BindProblems(specFile, lines, diagnostics);
        TypeFit fit = new TypeFit(api);
        SchemaBinder schemas = new SchemaBinder(database, new NamingStrategy(), fit, problems);
        for (SchemaDef schema : api.schemas()) {
            if (schema instanceof ObjectSchema object) {
                schemas.bindByName(object);
            }
        }
        List<ResourceBinding> resources = new CrudDetector(api, schemas, fit, new ListShapes(api, problems),
                new ResourceColumns(problems), problems).resources();

        InputChecks checks = new InputChecks(fit, problems);
        Set<String> bodies = new HashSet<>();
        for (ResourceBinding resource : resources) {
            for (CrudOperation operation : resource.operations()) {
                operation.body().ifPresent(body -> {
                    bodies.add(body.schema().name());
                    checks.checkBody(operation.kind(), body, resource.owner());
                });
            }
        }
        for (SchemaBinding binding : schemas.all()) {
            if (!bodies.contains(binding.schema().name())) {
                checks.checkResource(binding);
            }
        }
        return new Bindings(schemas.all(), resources);
    }
}
