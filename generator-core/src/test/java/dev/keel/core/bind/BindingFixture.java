package dev.keel.core.bind;

import dev.keel.core.ddl.DdlReader;
import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.bind.Bindings;
import dev.keel.core.model.db.DatabaseSchema;
import dev.keel.core.openapi.OpenApiReader;
import dev.keel.core.openapi.SpecLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A contract and DDL bound for a test: the bindings and what the binder reported (reader and DDL must be clean). */
record BindingFixture(Bindings bindings, List<Diagnostic> diagnostics) {

    static BindingFixture of(Path spec, Path ddl) {
        Diagnostics read = new Diagnostics();
        ApiModel api = new OpenApiReader().read(spec, read);
        DatabaseSchema database = new DdlReader().read(List.of(ddl), read);
        if (read.hasErrors()) {
            throw new AssertionError("the fixture itself is broken: " + read.all());
        }
        Diagnostics diagnostics = new Diagnostics();
        Bindings bindings = new Binder(api, database, spec.toString(), SpecLines.of(spec)).bind(diagnostics);
        return new BindingFixture(bindings, diagnostics.all());
    }

    /** Writes {@code openapi.yaml} and {@code schema.sql} into {@code directory} and binds them. */
    static BindingFixture of(Path directory, String yaml, String sql) {
        try {
            Path spec = directory.resolve("openapi.yaml");
            Path ddl = directory.resolve("schema.sql");
            Files.writeString(spec, yaml);
            Files.writeString(ddl, sql);
            return of(spec, ddl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    List<Diagnostic> warnings() {
        return diagnostics.stream().filter(diagnostic -> !diagnostic.isError()).toList();
    }

    /** The only error; fails when there are none or several. */
    Diagnostic onlyError() {
        if (errors().size() != 1) {
            throw new AssertionError("expected one error, got " + diagnostics);
        }
        return errors().get(0);
    }
}
