package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.HttpMethod;
import dev.keel.core.model.Operation;
import dev.keel.core.model.Parameter;
import dev.keel.core.model.Response;
import dev.keel.core.model.Tag;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.oas.models.servers.ServerVariables;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths, operations, parameters, bodies and responses. */
class OperationMappingTest {

    @TempDir
    Path dir;

    private static final String HEADER = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    @Test
    void basePathComesFromTheFirstServerWithVariablesReplacedByDefaults() {
        assertThat(OpenApiReader.basePath(List.of(new Server().url("/api/v1")))).isEqualTo("/api/v1");
        ServerVariables variables = new ServerVariables();
        variables.addServerVariable("scheme", new ServerVariable()._default("https"));
        assertThat(OpenApiReader.basePath(List.of(
                new Server().url("{scheme}://developer.uspto.gov/ds-api").variables(variables)))).isEqualTo("/ds-api");
        ServerVariables version = new ServerVariables();
        version.addServerVariable("version", new ServerVariable()._default("v2"));
        assertThat(OpenApiReader.basePath(List.of(new Server().url("https://api.example.com/{version}/").variables(
                version), new Server().url("/other")))).isEqualTo("/v2");
        assertThat(OpenApiReader.basePath(List.of(new Server().url("https://api.github.com")))).isEqualTo("");
        assertThat(OpenApiReader.basePath(List.of(new Server().url("/")))).isEqualTo("");
        assertThat(OpenApiReader.basePath(List.of())).isEqualTo("");
    }

    @Test
    void aContractWithoutServersHasAnEmptyBasePath() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + "paths: {}\n").assertClean();
        assertThat(spec.model().basePath()).isEmpty();
    }

    @Test
    void missingOperationIdIsDerivedAndMissingTagIsDefault() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /projects/{id}/members:
                    get:
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: string}}
                      responses: {'204': {description: ok}}
                """).assertClean();
        Operation operation = spec.model().operations().get(0);
        assertThat(operation.operationId()).isEqualTo("getProjectsByIdMembers");
        assertThat(operation.javaName()).isEqualTo("getProjectsByIdMembers");
        assertThat(operation.tag()).isEqualTo("default");
        assertThat(spec.model().tags()).containsExactly(new Tag("default", "Default", ""));
    }

    @Test
    void operationJavaNamesAreLegalAndUniqueWithinATag() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /a:
                    get: {operationId: 'repos/list', tags: [repos], responses: {'204': {description: ok}}}
                  /b:
                    get: {operationId: 'repos-list', tags: [repos], responses: {'204': {description: ok}}}
                  /c:
                    get: {operationId: new, tags: [other], responses: {'204': {description: ok}}}
                """).assertClean();
        assertThat(spec.model().operations()).extracting(Operation::javaName)
                .containsExactly("newValue", "reposList", "reposList2");
    }

    @Test
    void tagsAreSortedByJavaNameAndKeepTheirDescriptions() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                tags:
                  - {name: pet-store, description: Pets.}
                paths:
                  /z:
                    get: {operationId: z, tags: [zoo], responses: {'204': {description: ok}}}
                  /p:
                    get: {operationId: p, tags: [pet-store, zoo], responses: {'204': {description: ok}}}
                """).assertClean();
        assertThat(spec.model().tags()).containsExactly(new Tag("pet-store", "PetStore", "Pets."),
                new Tag("zoo", "Zoo", ""));
        assertThat(spec.operation("p").tag()).isEqualTo("pet-store");
    }

    @Test
    void schemaNamedLikeAGeneratedControllerGetsAnotherName() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /p:
                    get: {operationId: p, tags: [projects], responses: {'204': {description: ok}}}
                components:
                  schemas:
                    ProjectsController: {type: object, properties: {a: {type: string}}}
                """).assertClean();
        assertThat(spec.schema("ProjectsController").javaName()).isEqualTo("ProjectsController2");
    }

    @Test
    void operationParametersReplacePathLevelOnesOfTheSameNameAndLocation() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /items/{id}:
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string}}
                      - {name: verbose, in: query, schema: {type: boolean}}
                    get:
                      operationId: getItem
                      parameters:
                        - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                        - {$ref: '#/components/parameters/RequestId'}
                      responses: {'204': {description: ok}}
                components:
                  parameters:
                    RequestId: {name: X-Request-Id, in: header, required: true, schema: {type: string, format: uuid}}
                """).assertClean();
        List<Parameter> parameters = spec.operation("getItem").parameters();
        assertThat(parameters).extracting(Parameter::name).containsExactly("id", "verbose", "X-Request-Id");
        assertThat(parameters.get(0).type()).isEqualTo(TypeRef.scalar(Kind.INT64));
        Parameter requestId = parameters.get(2);
        assertThat(requestId.javaName()).isEqualTo("xRequestId");
        assertThat(requestId.in()).isEqualTo(Parameter.Location.HEADER);
        assertThat(requestId.required()).isTrue();
        assertThat(requestId.type()).isEqualTo(TypeRef.scalar(Kind.UUID));
    }

    @Test
    void inlineBodiesAreHoistedNamedAfterTheOperation() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /items:
                    post:
                      operationId: createItem
                      requestBody:
                        content:
                          application/json:
                            schema: {type: object, properties: {name: {type: string}}}
                      responses:
                        '201':
                          description: ok
                          content:
                            application/json:
                              schema: {type: object, properties: {id: {type: string}}}
                        '422':
                          description: invalid
                          content:
                            application/json:
                              schema: {type: object, properties: {reason: {type: string}}}
                """).assertClean();
        Operation create = spec.operation("createItem");
        assertThat(create.requestBody().orElseThrow().type()).isEqualTo(new TypeRef.Named("CreateItemRequest"));
        assertThat(create.requestBody().orElseThrow().required()).isFalse();
        assertThat(create.responses()).extracting(Response::body).containsExactly(
                java.util.Optional.of(new TypeRef.Named("CreateItemResponse")),
                java.util.Optional.of(new TypeRef.Named("CreateItem422Response")));
        assertThat(spec.property("CreateItem422Response", "reason").type()).isEqualTo(TypeRef.scalar(Kind.STRING));
    }

    @Test
    void jsonIsPreferredAmongMediaTypesAndOthersKeepTheirMediaType() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /upload:
                    put:
                      operationId: upload
                      requestBody:
                        required: true
                        content:
                          application/octet-stream: {}
                      responses:
                        '200':
                          description: ok
                          content:
                            application/xml: {schema: {type: string}}
                            application/json: {schema: {type: integer}}
                """).assertClean();
        Operation upload = spec.operation("upload");
        assertThat(upload.requestBody().orElseThrow().contentType()).isEqualTo("application/octet-stream");
        assertThat(upload.requestBody().orElseThrow().type()).isEqualTo(TypeRef.scalar(Kind.BINARY));
        assertThat(upload.requestBody().orElseThrow().required()).isTrue();
        Response ok = upload.successResponse().orElseThrow();
        assertThat(ok.contentType()).contains("application/json");
        assertThat(ok.body()).contains(TypeRef.scalar(Kind.INT64));
    }

    @Test
    void operationsAreSortedByTagThenPathThenMethod() {
        SpecFixture spec = SpecFixture.of(dir, HEADER + """
                paths:
                  /b:
                    post: {operationId: bPost, tags: [x], responses: {'204': {description: ok}}}
                    get: {operationId: bGet, tags: [x], responses: {'204': {description: ok}}}
                  /a:
                    get: {operationId: aGet, tags: [y], responses: {'204': {description: ok}}}
                    delete: {operationId: aDelete, tags: [x], responses: {'204': {description: ok}}}
                """).assertClean();
        assertThat(spec.model().operations()).extracting(Operation::operationId)
                .containsExactly("aDelete", "bGet", "bPost", "aGet");
        assertThat(spec.operation("bPost").method()).isEqualTo(HttpMethod.POST);
    }

    @Test
    void webhooksAndCallbacksAreSkippedWithLocatedWarnings() {
        SpecFixture spec = SpecFixture.of(dir, """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /subscribe:
                    post:
                      operationId: subscribe
                      callbacks:
                        onEvent:
                          '{$request.body#/url}':
                            post: {responses: {'204': {description: ok}}}
                      responses: {'204': {description: ok}}
                webhooks:
                  newThing:
                    post: {responses: {'204': {description: ok}}}
                """);
        assertThat(spec.errors()).isEmpty();
        assertThat(spec.model().operations()).extracting(Operation::operationId).containsExactly("subscribe");
        assertThat(spec.warnings()).extracting(d -> d.line() + " " + d.pointer()).containsExactly(
                "7 /paths/~1subscribe/post/callbacks", "13 /webhooks/newThing");
    }
}
