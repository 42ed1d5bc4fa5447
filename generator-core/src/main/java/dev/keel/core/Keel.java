package dev.keel.core;

import dev.keel.core.bind.Binder;
import dev.keel.core.config.KeelConfig;
import dev.keel.core.config.LiveDatabase;
import dev.keel.core.ddl.DdlReader;
import dev.keel.core.ddl.JooqTableClasses;
import dev.keel.core.ddl.LiveSchemaReader;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.emit.EmitContext;
import dev.keel.core.emit.GeneratedFile;
import dev.keel.core.emit.JavaEmitter;
import dev.keel.core.emit.api.ApiEmitters;
import dev.keel.core.emit.audit.AuditTable;
import dev.keel.core.emit.auth.RefreshTokenTable;
import dev.keel.core.emit.data.DataEmitters;
import dev.keel.core.emit.docs.DocsEmitters;
import dev.keel.core.emit.model.ModelEmitters;
import dev.keel.core.emit.ratelimit.RateLimitEmitters;
import dev.keel.core.emit.resources.ResourceEmitter;
import dev.keel.core.emit.security.SecurityEmitters;
import dev.keel.core.extension.Extensions;
import dev.keel.core.migrate.MigrationStage;
import dev.keel.core.migrate.PlannedMigration;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.model.db.SqlDialect;
import dev.keel.core.openapi.OpenApiReader;
import dev.keel.core.openapi.SpecLines;
import dev.keel.core.work.InParallel;
import dev.keel.core.write.IncrementalRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The generation pipeline: read the contract, read the DDL and bind the contract to it, plan the next migration,
 * emit, write. Every stage
 * collects its diagnostics and the run stops at the first stage with errors, before anything is written; see
 * {@link dev.keel.core.diag.GenerationFailedException}. The tables come from DDL files or a live database;
 * without either only the API layer is generated.
 */
public final class Keel {

    public GenerationResult generate(KeelConfig config) {
        long started = System.nanoTime();
        IncrementalRun incremental = IncrementalRun.begin(config);
        Optional<IncrementalRun.Stored> upToDate = incremental.upToDate();
        if (upToDate.isPresent()) {
            return RunOutcome.skipped(upToDate.get(), started);
        }
        Diagnostics diagnostics = new Diagnostics();
        ApiModel api = new OpenApiReader().read(config.spec(), diagnostics);
        diagnostics.throwIfErrors("read contract");
        incremental.contractRead();
        EmitContext context = new EmitContext(api, config);
        DataLayer data = dataLayer(context, diagnostics);
        Optional<PlannedMigration> migration = MigrationStage.plan(config, data.keelDdl(), diagnostics);
        diagnostics.throwIfErrors("plan migrations");

        List<GeneratedFile> files = new ArrayList<>(emit(context));
        files.addAll(data.files());
        files.addAll(Extensions.additionalFiles(context));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return RunOutcome.write(context, files, migration, data.bindings(), diagnostics, incremental, started);
    }

    /**
     * Every file of the API layer, in memory, sorted by path. The FreeMarker files are rendered on another core
     * while the Java files are built: they read the same immutable model.
     */
    public static List<GeneratedFile> emit(EmitContext context) {
        CompletableFuture<List<GeneratedFile>> resources =
                InParallel.start(() -> new ResourceEmitter().emit(context));
        List<JavaEmitter<?>> emitters = Stream.of(ModelEmitters.all(), ApiEmitters.all(), SecurityEmitters.all(),
                RateLimitEmitters.all()).flatMap(List::stream).toList();
        List<GeneratedFile> files = new ArrayList<>(JavaEmitter.emitAll(emitters, context));
        files.addAll(dev.keel.core.emit.ops.OpsEmitters.emit(context));
        files.addAll(InParallel.join(resources));
        files.addAll(DocsEmitters.emit(context));
        files.sort(Comparator.comparing(GeneratedFile::relativePath));
        return files;
    }

    /**
     * The bindings and the files the DDL adds: jOOQ's table classes and the data layer; {@code keelDdl} holds the
     * tables Keel's generated code needs beyond the user's DDL, planned into the migrations with it.
     */
    record DataLayer(Bindings bindings, List<GeneratedFile> files, Map<String, String> keelDdl) {
    }

    /**
     * Reads the DDL, binds the contract to it and emits the table classes and the data layer, stopping at the first
     * of these stages with errors. The data layer is PostgreSQL's only; other dialects get table classes.
     */
    static DataLayer dataLayer(EmitContext context, Diagnostics diagnostics) {
        KeelConfig config = context.config();
        if (config.database().isPresent()) {
            return liveDataLayer(context, config.database().get(), diagnostics);
        }
        if (config.schemas().isEmpty()) {
            return new DataLayer(Bindings.NONE, List.of(), Map.of());
        }
        DatabaseSchema database = new DdlReader().read(config.schemas(), diagnostics);
        diagnostics.throwIfErrors("read DDL");
        Bindings bindings = bind(context, database, diagnostics);

        // The table classes read the DDL again; its warnings were reported by the first reading.
        Diagnostics tableDiagnostics = new Diagnostics();
        List<GeneratedFile> files = new ArrayList<>(new JooqTableClasses(new DdlReader())
                .generate(config.schemas(), config.basePackage(), tableDiagnostics));
        tableDiagnostics.all().stream().filter(Diagnostic::isError).forEach(diagnostics::report);
        diagnostics.throwIfErrors("generate table classes");
        return withDataEmitters(context, database, bindings, files, config.schemas().get(0).toString(), diagnostics);
    }

    /** The data layer over the tables of a live database; migrations come from DDL files only. */
    private static DataLayer liveDataLayer(EmitContext context, LiveDatabase live, Diagnostics diagnostics) {
        KeelConfig config = context.config();
        if (!config.schemas().isEmpty()) {
            diagnostics.error(live.redactedUrl(), 0, "", "give either DDL files (schema) or a live database "
                    + "(jdbcUrl), not both");
        }
        diagnostics.throwIfErrors("read live database");
        if (config.migrationDirectory().isPresent()) {
            diagnostics.warning(live.redactedUrl(), 0, "", "migrations are not planned from a live database; "
                    + "DDL files are the source of migrations, so nothing is added to "
                    + config.migrationDirectory().get());
        }
        Optional<DdlReader.Reading> reading = new LiveSchemaReader(live).read(diagnostics);
        diagnostics.throwIfErrors("read live database");
        DatabaseSchema database = reading.orElseThrow().schema();
        Bindings bindings = bind(context, database, diagnostics);
        List<GeneratedFile> files = new ArrayList<>(JooqTableClasses.generate(reading.get(), live.redactedUrl(),
                config.basePackage(), diagnostics));
        diagnostics.throwIfErrors("generate table classes");
        return withDataEmitters(context, database, bindings, files, live.redactedUrl(), diagnostics);
    }

    private static Bindings bind(EmitContext context, DatabaseSchema database, Diagnostics diagnostics) {
        Path spec = context.config().spec();
        Bindings bindings = new Binder(context.api(), database, spec.toString(), SpecLines.of(spec)).bind(diagnostics);
        diagnostics.throwIfErrors("bind contract to tables");
        return bindings;
    }

    /**
     * Adds the data layer to the table classes, and Keel's own DDL (refresh tokens, audit events) the migrations
     * need, by the file name each is planned under.
     */
    private static DataLayer withDataEmitters(EmitContext context, DatabaseSchema database,
            Bindings bindings, List<GeneratedFile> files, String source, Diagnostics diagnostics) {
        Map<String, String> keelDdl = new LinkedHashMap<>();
        if (database.dialect() == SqlDialect.POSTGRES) {
            files.addAll(DataEmitters.emit(context, bindings));
            RefreshTokenTable.ddl(context, bindings, database)
                    .ifPresent(sql -> keelDdl.put(RefreshTokenTable.DDL_FILE, sql));
            AuditTable.ddl(context, database).ifPresent(sql -> keelDdl.put(AuditTable.DDL_FILE, sql));
        } else if (!bindings.resources().isEmpty()) {
            diagnostics.warning(source, 0, "", "The data layer is generated for "
                    + "PostgreSQL only; for " + database.dialect() + " Keel generates the table classes, and the CRUD "
                    + "operations keep the handlers' 501 default");
        }
        return new DataLayer(bindings, files, keelDdl);
    }
}
