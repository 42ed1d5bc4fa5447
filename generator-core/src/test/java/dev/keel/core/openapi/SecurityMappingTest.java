package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.Operation;
import dev.keel.core.model.OperationSecurity;
import dev.keel.core.model.SecurityRequirement;
import dev.keel.core.model.SecurityScheme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Security schemes, requirements (root and per operation) and x-keel-roles. */
class SecurityMappingTest {

    private static final String HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    @TempDir
    Path dir;

    @Test
    void sampleContractAuthOperationsArePublicAndTheOthersNeedABearerToken() {
        SpecFixture sample = SpecFixture.read(Path.of("../sample-specs/projects/openapi.yaml")).assertClean();

        assertThat(sample.model().securitySchemes()).containsExactly(new SecurityScheme("bearerAuth",
                SecurityScheme.Kind.HTTP_BEARER, "Authorization", "Bearer", "/components/securitySchemes/bearerAuth"));
        assertThat(sample.model().isSecured()).isTrue();
        for (String id : List.of("register", "login", "refresh", "logout")) {
            assertThat(sample.operation(id).security()).as(id).isEqualTo(OperationSecurity.PUBLIC);
        }
        OperationSecurity bearer = new OperationSecurity(false,
                List.of(new SecurityRequirement(Map.of("bearerAuth", List.of()))), List.of());
        for (String id : List.of("getProfile", "listProjects", "createProject", "getProject", "replaceProject",
                "updateProject", "deleteProject")) {
            assertThat(sample.operation(id).security()).as(id).isEqualTo(bearer);
        }
    }

    @Test
    void aContractWithoutSecurityHasOnlyPublicOperations() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /things:
                    get:
                      responses: {'204': {description: ok}}
                """).assertClean();

        assertThat(spec.model().securitySchemes()).isEmpty();
        assertThat(spec.model().isSecured()).isFalse();
        assertThat(spec.model().operations().get(0).security()).isEqualTo(OperationSecurity.PUBLIC);
    }

    @Test
    void anApiKeyInTheAuthorizationHeaderTakesItsPrefixFromTheExtensionTheDescriptionOrBearer() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths: {}
                components:
                  securitySchemes:
                    described:
                      type: apiKey
                      in: header
                      name: Authorization
                      description: "Send the JWT in the 'Authorization' header:\\n\\n    Token xxxxxx.yyyyyyy.zzzzzz\\n"
                    declared:
                      type: apiKey
                      in: header
                      name: Authorization
                      description: 'Bearer <jwt> works too'
                      x-keel-prefix: JWT
                    plain:
                      type: apiKey
                      in: header
                      name: Authorization
                      description: The 'Authorization' header carries a JWT.
                """).assertClean();

        assertThat(spec.model().securitySchemes()).extracting(SecurityScheme::name, SecurityScheme::kind,
                SecurityScheme::header, SecurityScheme::prefix).containsExactly(
                        tuple("declared", SecurityScheme.Kind.API_KEY, "Authorization", "JWT"),
                        tuple("described", SecurityScheme.Kind.API_KEY, "Authorization", "Token"),
                        tuple("plain", SecurityScheme.Kind.API_KEY, "Authorization", "Bearer"));
        assertThat(spec.model().securitySchemes().get(2).isStandardBearer()).isTrue();
        assertThat(spec.model().securitySchemes().get(1).isStandardBearer()).isFalse();
    }

    @Test
    void rolesAndScopesBecomeTheOperationsAccessRules() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                security: [{oauth: [read]}]
                paths:
                  /reports:
                    get:
                      operationId: listReports
                      responses: {'204': {description: ok}}
                    delete:
                      operationId: purgeReports
                      x-keel-roles: [admin, Auditor]
                      security: [{oauth: [write, read]}, {oauth: [admin]}]
                      responses: {'204': {description: ok}}
                    post:
                      operationId: submitReport
                      security: [{}, {oauth: []}]
                      responses: {'204': {description: ok}}
                components:
                  securitySchemes:
                    oauth:
                      type: oauth2
                      flows:
                        clientCredentials:
                          tokenUrl: https://auth.example.com/token
                          scopes: {read: Read, write: Write, admin: Everything}
                """).assertClean();

        OperationSecurity purge = spec.operation("purgeReports").security();
        assertThat(purge.anonymous()).isFalse();
        assertThat(purge.roles()).containsExactly("ADMIN", "AUDITOR");
        assertThat(purge.scopeAlternatives()).containsExactly(List.of("write", "read"), List.of("admin"));
        assertThat(spec.operation("listReports").security().scopeAlternatives()).containsExactly(List.of("read"));
        assertThat(spec.operation("submitReport").security().anonymous())
                .as("an empty alternative lets anonymous callers in").isTrue();
        assertThat(spec.model().securitySchemes().get(0).kind()).isEqualTo(SecurityScheme.Kind.OAUTH2);
    }

    @Test
    void withSchemesButNoRootSecurityAnOperationWithoutSecurityStillNeedsASignedInCaller() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /login:
                    post:
                      operationId: login
                      security: []
                      responses: {'204': {description: ok}}
                  /me:
                    get:
                      operationId: me
                      responses: {'204': {description: ok}}
                  /you:
                    get:
                      operationId: you
                      responses: {'204': {description: ok}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);

        assertThat(spec.operation("login").security()).isEqualTo(OperationSecurity.PUBLIC);
        assertThat(spec.operation("me").security()).isEqualTo(new OperationSecurity(false, List.of(), List.of()));
        assertThat(spec.operation("you").security().anonymous()).isFalse();
        assertThat(spec.errors()).isEmpty();
        assertThat(spec.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.pointer()).isEqualTo("/paths/~1me/get");
            assertThat(warning.line()).isEqualTo(10);
            assertThat(warning.message()).isEqualTo("GET /me and 1 more operation declare no security and the "
                    + "contract has no root security; Keel lets only signed-in callers in. Add security: [] to an "
                    + "operation to make it public");
        });
    }

    @Test
    void mistakesInRequirementsAndRolesAreLocatedErrors() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /a:
                    get:
                      security: [{bearr: []}]
                      responses: {'204': {description: ok}}
                  /b:
                    get:
                      security: []
                      x-keel-roles: [admin]
                      responses: {'204': {description: ok}}
                  /c:
                    get:
                      x-keel-roles: ['not a role']
                      security: [{bearer: []}]
                      responses: {'204': {description: ok}}
                components:
                  securitySchemes:
                    bearer: {type: http, scheme: bearer}
                """);

        assertThat(spec.errors()).extracting(Diagnostic::line, Diagnostic::pointer, Diagnostic::message).containsExactly(
                tuple(6, "/paths/~1a/get/security/0/bearr",
                        "The security requirement names 'bearr', which components.securitySchemes does not declare; "
                                + "declared: bearer"),
                tuple(11, "/paths/~1b/get/x-keel-roles", "x-keel-roles needs a "
                        + "signed-in caller, but the operation is public (its security allows an empty requirement)"),
                tuple(15, "/paths/~1c/get/x-keel-roles", "x-keel-roles lists role "
                        + "names (a letter, then letters, digits or _); 'not a role' is not one"));
    }

    @Test
    void schemesKeelCannotVerifyAreWarnedAboutAndTheirOperationsStillNeedAToken() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                security: [{basic: []}]
                paths:
                  /a:
                    get:
                      responses: {'204': {description: ok}}
                components:
                  securitySchemes:
                    basic: {type: http, scheme: basic}
                    query: {type: apiKey, in: query, name: key}
                """);

        assertThat(spec.errors()).isEmpty();
        assertThat(spec.model().securitySchemes()).isEmpty();
        assertThat(spec.model().isSecured()).isTrue();
        Operation operation = spec.model().operations().get(0);
        assertThat(operation.security().anonymous()).isFalse();
        assertThat(spec.warnings()).extracting(Diagnostic::pointer, Diagnostic::message).containsExactly(
                tuple("/components/securitySchemes/basic", "Keel verifies JWTs sent as "
                        + "bearer tokens or in a header; scheme 'basic' uses HTTP basic authentication, which is not "
                        + "supported yet: operations that require it take a bearer token instead"),
                tuple("/components/securitySchemes/query", "Keel verifies JWTs sent as "
                        + "bearer tokens or in a header; scheme 'query' uses an API key in a query, which is not "
                        + "supported yet: operations that require it take a bearer token instead"));
    }
}
