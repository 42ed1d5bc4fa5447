package dev.keel.core.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an OpenAPI 3.0 contract of a chosen size, for the generation growth benchmark: every resource
 * has a schema with scalar, enum, array and reference properties and four operations (list, create, get,
 * delete), so operations and schemas grow together and every emitter has work proportional to the size.
 */
public final class SyntheticSpec {
    private SyntheticSpec() {
    }

    /** Writes a contract with {@code resources * 4} operations and {@code resources * 4} schemas. */
    public static Path write(Path file, int resources) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("openapi: 3.0.3\ninfo:\n  title: Synthetic API\n  version: 1.0.0\npaths:\n");
            for (int i = 0; i < resources; i++) {
                writePaths(out, i);
            }
            out.write("components:\n  schemas:\n");
            for (int i = 0; i < resources; i++) {
                writeSchema(out, i, resources);
            }
        }
        return file;
    }

    private static void writePaths(Writer out, int i) throws IOException {
        String name = "Resource" + i;
        out.write("  /resources" + i + ":\n");
        out.write("    get:\n      operationId: list" + name + "\n      tags: [group" + (i % 50) + "]\n");
        out.write("      parameters:\n        - {name: limit, in: query, schema: {type: integer, minimum: 1, maximum: 100}}\n");
        out.write("      responses:\n        '200':\n          description: ok\n          content:\n"
                + "            application/json:\n              schema: {type: array, items: {$ref: '#/components/schemas/"
                + name + "'}}\n");
        out.write("    post:\n      operationId: create" + name + "\n      tags: [group" + (i % 50) + "]\n");
        out.write("      requestBody:\n        required: true\n        content:\n          application/json:\n"
                + "            schema: {$ref: '#/components/schemas/" + name + "Input'}\n");
        out.write("      responses:\n        '201':\n          description: created\n          content:\n"
                + "            application/json:\n              schema: {$ref: '#/components/schemas/" + name + "'}\n");
        out.write("  /resources" + i + "/{id}:\n");
        out.write("    parameters:\n      - {name: id, in: path, required: true, schema: {type: string, format: uuid}}\n");
        out.write("    get:\n      operationId: get" + name + "\n      tags: [group" + (i % 50) + "]\n");
        out.write("      responses:\n        '200':\n          description: ok\n          content:\n"
                + "            application/json:\n              schema: {$ref: '#/components/schemas/" + name + "'}\n"
                + "        '404': {description: missing}\n");
        out.write("    delete:\n      operationId: delete" + name + "\n      tags: [group" + (i % 50) + "]\n");
        out.write("      responses:\n        '204': {description: deleted}\n");
    }

    private static void writeSchema(Writer out, int i, int resources) throws IOException {
        String name = "Resource" + i;
        out.write("    " + name + ":\n      type: object\n      required: [id, name]\n      properties:\n");
        out.write("        id: {type: string, format: uuid}\n");
        writeCommonProperties(out, name);
        if (i + 1 < resources) {
            out.write("        next: {$ref: '#/components/schemas/Resource" + (i + 1) + "'}\n");
        }
        out.write("    " + name + "Input:\n      type: object\n      required: [name]\n      properties:\n");
        writeCommonProperties(out, name);
        out.write("    " + name + "Status:\n      type: string\n      enum: [active, archived, deleted]\n");
        out.write("    " + name + "Labels:\n      type: object\n      properties:\n"
                + "        primary: {type: string, maxLength: 40}\n"
                + "        extra: {type: array, maxItems: 20, items: {type: string}}\n");
    }

    private static void writeCommonProperties(Writer out, String name) throws IOException {
        out.write("        name: {type: string, minLength: 1, maxLength: 120}\n");
        out.write("        count: {type: integer, format: int64, minimum: 0}\n");
        out.write("        status: {$ref: '#/components/schemas/" + name + "Status'}\n");
        out.write("        labels: {$ref: '#/components/schemas/" + name + "Labels'}\n");
    }
}
