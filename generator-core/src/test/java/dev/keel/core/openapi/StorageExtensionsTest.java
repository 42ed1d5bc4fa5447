package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.TableHints;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extensions that bind schemas to tables: x-keel-table, -owner, -updated-at, -column, -transient, -crud. */
class StorageExtensionsTest {

    @TempDir
    Path dir;

    @Test
    void schemaAndPropertyExtensionsReachTheModel() {
        SpecFixture spec = SpecFixture.of(dir, """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /accounts/{key}:
                    get:
                      operationId: fetchAccount
                      x-keel-crud: get
                      parameters:
                        - {name: key, in: path, required: true, schema: {type: string}}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/json:
                              schema: {$ref: '#/components/schemas/Account'}
                components:
                  schemas:
                    Account:
                      type: object
                      x-keel-table: member_accounts
                      x-keel-owner: member_id
                      x-keel-updated-at: modified_on
                      properties:
                        login: {type: string, x-keel-column: user_login}
                        password: {type: string, writeOnly: true, x-keel-transient: true}
                        role:
                          $ref: '#/components/schemas/Role'
                          x-keel-column: account_role
                        plain: {type: string}
                    Role: {type: string, enum: [a, b]}
                """).assertClean();

        ObjectSchema account = spec.object("Account");
        assertThat(account.tableHints()).isEqualTo(new TableHints(Optional.of("member_accounts"),
                Optional.of("member_id"), Optional.of("modified_on")));
        assertThat(spec.property("Account", "login").column()).hasValue("user_login");
        assertThat(spec.property("Account", "role").column()).hasValue("account_role");
        assertThat(spec.property("Account", "password").transientProperty()).isTrue();
        Property plain = spec.property("Account", "plain");
        assertThat(plain.column()).isEmpty();
        assertThat(plain.transientProperty()).isFalse();
        assertThat(spec.operation("fetchAccount").crud()).hasValue("get");
    }

    @Test
    void schemasWithoutExtensionsHaveNoHints() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Plain:
                      type: object
                      properties:
                        name: {type: string}
                """).assertClean();

        assertThat(spec.object("Plain").tableHints()).isEqualTo(TableHints.NONE);
    }

    @Test
    void extensionsOfTheWrongTypeAreLocatedErrors() {
        SpecFixture spec = SpecFixture.schemas31(dir, """
                    Odd:
                      type: object
                      x-keel-table: 12
                      properties:
                        name: {type: string, x-keel-transient: 'yes'}
                        other: {type: string, x-keel-column: ''}
                """);

        assertThat(spec.errors()).extracting(Diagnostic::pointer).containsExactlyInAnyOrder(
                "/components/schemas/Odd/x-keel-table",
                "/components/schemas/Odd/properties/name/x-keel-transient",
                "/components/schemas/Odd/properties/other/x-keel-column");
        assertThat(spec.errors()).allSatisfy(error -> assertThat(error.line()).isPositive());
        assertThat(spec.errors().get(0).message()).startsWith("x-keel-table must name a table or column");
    }
}
