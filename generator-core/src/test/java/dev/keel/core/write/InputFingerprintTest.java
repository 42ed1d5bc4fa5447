package dev.keel.core.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint of a contract covers every local file its references reach, and only those. */
class InputFingerprintTest {

    @TempDir
    Path project;

    @Test
    void editingAFileTheContractReferencesChangesTheFingerprintEvenUnderANonAsciiName() throws IOException {
        Path spec = project.resolve("openapi.yaml");
        Files.writeString(spec, """
                openapi: 3.0.3
                components:
                  schemas:
                    Priority: {$ref: 'schémas/priorité.yaml#/Priority'}
                    Note: {"$ref": "./common.json#/Note"}
                    Local: {$ref: '#/components/schemas/Priority'}
                """);
        Path nonAscii = Files.createDirectories(project.resolve("schémas")).resolve("priorité.yaml");
        Files.writeString(nonAscii, "Priority: {type: integer, $ref: 'deeper.yaml#/X'}\n");
        Path deeper = project.resolve("schémas/deeper.yaml");
        Files.writeString(deeper, "X: {type: string}\n");
        Files.writeString(project.resolve("common.json"), "{\"Note\": {\"type\": \"object\"}}\n");
        Files.writeString(project.resolve("unreferenced.yaml"), "Y: {type: string}\n");
        String original = fingerprint(spec);

        Files.writeString(project.resolve("unreferenced.yaml"), "Y: {type: integer}\n");
        assertThat(fingerprint(spec)).as("a file no reference names").isEqualTo(original);

        Files.writeString(deeper, "X: {type: integer}\n");
        String afterDeeperEdit = fingerprint(spec);
        assertThat(afterDeeperEdit).as("a file reached through a file with a non-ASCII name").isNotEqualTo(original);

        Files.writeString(project.resolve("common.json"), "{\"Note\": {\"type\": \"string\"}}\n");
        assertThat(fingerprint(spec)).isNotEqualTo(afterDeeperEdit);
    }

    private static String fingerprint(Path spec) {
        return new InputFingerprint().contract(InputFingerprint.ContractFiles.read(spec)).hash();
    }
}
