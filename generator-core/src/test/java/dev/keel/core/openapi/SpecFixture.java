package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.diag.Diagnostics;
import dev.keel.core.model.ApiModel;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A contract read for a test: the model and every diagnostic, with lookups the tests share. */
record SpecFixture(ApiModel model, List<Diagnostic> diagnostics) {

    static SpecFixture read(Path spec) {
        Diagnostics diagnostics = new Diagnostics();
        ApiModel model = new OpenApiReader().read(spec, diagnostics);
        return new SpecFixture(model, diagnostics.all());
    }

    /** Writes {@code yaml} as {@code openapi.yaml} into {@code directory} and reads it. */
    static SpecFixture of(Path directory, String yaml) {
        try {
            Path spec = directory.resolve("openapi.yaml");
            Files.writeString(spec, yaml);
            return read(spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 3.0 contract with only the given components.schemas (indented by 4). */
    static SpecFixture schemas30(Path directory, String schemas) {
        return of(directory, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + schemas);
    }

    /** A 3.1 contract with only the given components.schemas (indented by 4). */
    static SpecFixture schemas31(Path directory, String schemas) {
        return of(directory, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + schemas);
    }

    SchemaDef schema(String name) {
        return model.schema(name).orElseThrow(() -> new AssertionError("no schema " + name + " in "
                + model.schemas().stream().map(SchemaDef::name).toList()));
    }

    ObjectSchema object(String name) {
        return (ObjectSchema) schema(name);
    }

    Property property(String schema, String property) {
        return object(schema).properties().stream().filter(p -> p.name().equals(property)).findFirst()
                .orElseThrow(() -> new AssertionError("no property " + property + " in " + schema));
    }

    Operation operation(String operationId) {
        return model.operations().stream().filter(o -> o.operationId().equals(operationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
    }

    List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    SpecFixture assertClean() {
        assertThat(diagnostics).as("diagnostics").isEmpty();
        return this;
    }
}
