package dev.keel.core.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.diag.Diagnostic;
import dev.keel.core.model.Constraints;
import dev.keel.core.model.EnumSchema;
import dev.keel.core.model.ObjectSchema;
import dev.keel.core.model.Property;
import dev.keel.core.model.SchemaDef;
import dev.keel.core.model.TypeRef;
import dev.keel.core.model.UnionSchema;
import dev.keel.core.model.TypeRef.Scalar.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** How schemas become named types, aliases, hoisted inline types and scalars. */
class SchemaMappingTest {

    @TempDir
    Path dir;

    private static TypeRef scalar(Kind kind) {
        return TypeRef.scalar(kind);
    }

    @Test
    void stringFormatsMapToTheirScalars() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        id: {type: string, format: uuid}
                        day: {type: string, format: date}
                        at: {type: string, format: date-time}
                        link: {type: string, format: uri}
                        mail: {type: string, format: email}
                        data: {type: string, format: byte}
                        file: {type: string, format: binary}
                        secret: {type: string, format: password}
                        other: {type: string, format: hostname}
                """).assertClean();
        assertThat(spec.object("Thing").properties()).extracting(Property::type).containsExactly(
                scalar(Kind.UUID), scalar(Kind.DATE), scalar(Kind.DATE_TIME), scalar(Kind.URI), scalar(Kind.STRING),
                scalar(Kind.BYTES), scalar(Kind.BINARY), scalar(Kind.STRING), scalar(Kind.STRING));
    }

    @Test
    void numberFormatsMapToTheirScalarsAndAnIntegerWithoutFormatIsALong() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        small: {type: integer, format: int32}
                        big: {type: integer, format: int64}
                        plain: {type: integer}
                        real: {type: number}
                        single: {type: number, format: float}
                        double: {type: number, format: double}
                        money: {type: number, format: decimal}
                        flag: {type: boolean}
                """).assertClean();
        assertThat(spec.object("Thing").properties()).extracting(Property::type).containsExactly(
                scalar(Kind.INT32), scalar(Kind.INT64), scalar(Kind.INT64), scalar(Kind.DOUBLE), scalar(Kind.FLOAT),
                scalar(Kind.DOUBLE), scalar(Kind.DECIMAL), scalar(Kind.BOOLEAN));
        assertThat(spec.property("Thing", "double").javaName()).isEqualTo("doubleValue");
    }

    @Test
    void mapsAndFreeFormObjects() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        labels: {type: object, additionalProperties: {type: string, maxLength: 9}}
                        anything: {type: object}
                        untyped: {}
                """).assertClean();
        TypeRef.MapOf labels = (TypeRef.MapOf) spec.property("Thing", "labels").type();
        assertThat(labels.values()).isEqualTo(scalar(Kind.STRING));
        assertThat(labels.valueConstraints().maxLength()).contains(9);
        assertThat(spec.property("Thing", "anything").type()).isEqualTo(scalar(Kind.ANY));
        assertThat(spec.property("Thing", "untyped").type()).isEqualTo(scalar(Kind.ANY));
    }

    /** A 3.1 contract without references to other files is read without swagger-parser's resolution. */
    @Test
    void aBooleanAdditionalPropertiesIn31IsAFreeFormObjectAndASchemaAMap() {
        SpecFixture spec = SpecFixture.schemas31(dir, """
                    Thing:
                      type: object
                      properties:
                        free: {type: object, additionalProperties: true}
                        closed: {type: object, additionalProperties: false}
                        counts: {type: object, additionalProperties: {type: integer}}
                        tag: {$ref: '#/components/schemas/Tag'}
                    Tag: {type: string}
                """).assertClean();
        assertThat(spec.property("Thing", "free").type()).isEqualTo(scalar(Kind.ANY));
        assertThat(spec.property("Thing", "closed").type()).isEqualTo(scalar(Kind.ANY));
        assertThat(((TypeRef.MapOf) spec.property("Thing", "counts").type()).values()).isEqualTo(scalar(Kind.INT64));
    }

    @Test
    void nullableIn30AndIn31() {
        SpecFixture v30 = SpecFixture.schemas30(dir,
                "    Thing:\n      type: object\n      properties:\n        note: {type: string, nullable: true}\n");
        assertThat(v30.property("Thing", "note").nullable()).isTrue();
        SpecFixture v31 = SpecFixture.schemas31(dir,
                "    Thing:\n      type: object\n      properties:\n        note: {type: [string, 'null']}\n");
        assertThat(v31.property("Thing", "note").nullable()).isTrue();
        assertThat(v31.property("Thing", "note").type()).isEqualTo(scalar(Kind.STRING));
    }

    @Test
    void propertyFlagsDefaultsAndDescriptions() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      required: [class]
                      properties:
                        class: {type: string, description: The class., x-keel-trim: true}
                        count: {type: integer, default: 3, readOnly: true}
                        old: {type: boolean, default: false, deprecated: true, writeOnly: true}
                        tags: {type: array, items: {type: string}, default: [a, b]}
                """).assertClean();
        Property klass = spec.property("Thing", "class");
        assertThat(klass.javaName()).isEqualTo("classValue");
        assertThat(klass.required()).isTrue();
        assertThat(klass.trim()).isTrue();
        assertThat(klass.description()).isEqualTo("The class.");
        assertThat(spec.property("Thing", "count").defaultValue()).contains("3");
        assertThat(spec.property("Thing", "count").readOnly()).isTrue();
        Property old = spec.property("Thing", "old");
        assertThat(old.defaultValue()).contains("false");
        assertThat(old.deprecated()).isTrue();
        assertThat(old.writeOnly()).isTrue();
        assertThat(old.required()).isFalse();
        assertThat(spec.property("Thing", "tags").defaultValue()).contains("[\"a\",\"b\"]");
    }

    @Test
    void propertyJavaNamesAreUniqueWithinARecord() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Thing:
                      type: object
                      properties:
                        user_id: {type: string}
                        userId: {type: string}
                """).assertClean();
        assertThat(spec.object("Thing").properties()).extracting(Property::javaName)
                .containsExactly("userId", "userId2");
    }

    @Test
    void enumsOfStringsAndIntegersWithStableUniqueConstants() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Zone:
                      type: string
                      enum: ['Etc/GMT+12', 'Etc/GMT-12', '', in-progress, in_progress]
                    Level:
                      type: integer
                      enum: [1, 2, -1]
                """).assertClean();
        EnumSchema zone = (EnumSchema) spec.schema("Zone");
        assertThat(zone.constants()).extracting(EnumSchema.Constant::javaName)
                .containsExactly("ETC_GMT_PLUS_12", "ETC_GMT_12", "EMPTY", "IN_PROGRESS", "IN_PROGRESS2");
        assertThat(zone.constants()).extracting(EnumSchema.Constant::value)
                .containsExactly("Etc/GMT+12", "Etc/GMT-12", "", "in-progress", "in_progress");
        EnumSchema level = (EnumSchema) spec.schema("Level");
        assertThat(level.integer()).isTrue();
        assertThat(level.constants()).containsExactly(new EnumSchema.Constant("VALUE_1", "1"),
                new EnumSchema.Constant("VALUE_2", "2"), new EnumSchema.Constant("MINUS_1", "-1"));
    }

    @Test
    void scalarAndArrayComponentsAreInlinedAsAliases() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Id: {type: string, format: uuid}
                    Ids: {type: array, items: {$ref: '#/components/schemas/Id'}}
                    Thing:
                      type: object
                      properties:
                        ids: {$ref: '#/components/schemas/Ids'}
                """).assertClean();
        assertThat(spec.model().schemas()).extracting(SchemaDef::name).containsExactly("Thing");
        assertThat(spec.property("Thing", "ids").type())
                .isEqualTo(new TypeRef.ListOf(scalar(Kind.UUID), Constraints.NONE, false));
    }

    @Test
    void inlineObjectsAndEnumsAreHoistedUnderNamesFromWhereTheyOccur() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Project:
                      type: object
                      properties:
                        owner:
                          type: object
                          properties:
                            name: {type: string}
                        state: {type: string, enum: [open, closed]}
                        members:
                          type: array
                          items:
                            type: object
                            properties:
                              role: {type: string}
                """).assertClean();
        assertThat(spec.property("Project", "owner").type()).isEqualTo(new TypeRef.Named("ProjectOwner"));
        assertThat(spec.property("Project", "state").type()).isEqualTo(new TypeRef.Named("ProjectState"));
        assertThat(((TypeRef.ListOf) spec.property("Project", "members").type()).items())
                .isEqualTo(new TypeRef.Named("ProjectMembersItem"));
        assertThat(spec.object("ProjectOwner").pointer()).isEqualTo("/components/schemas/Project/properties/owner");
        assertThat(spec.schema("ProjectState")).isInstanceOf(EnumSchema.class);
        assertThat(spec.model().schemas()).extracting(SchemaDef::javaName)
                .containsExactly("Project", "ProjectMembersItem", "ProjectOwner", "ProjectState");
    }

    @Test
    void hoistedNamesNeverTakeAComponentsName() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Project:
                      type: object
                      properties:
                        owner:
                          type: object
                          properties:
                            name: {type: string}
                    ProjectOwner:
                      type: object
                      properties:
                        id: {type: string}
                """).assertClean();
        assertThat(spec.property("Project", "owner").type()).isEqualTo(new TypeRef.Named("ProjectOwner2"));
        assertThat(spec.object("ProjectOwner").properties()).extracting(Property::name).containsExactly("id");
    }

    @Test
    void componentNamesBecomeLegalUniqueJavaNames() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    user-profile: {type: object, properties: {a: {type: string}}}
                    UserProfile: {type: object, properties: {b: {type: string}}}
                    String: {type: object, properties: {c: {type: string}}}
                """).assertClean();
        assertThat(spec.schema("user-profile").javaName()).isEqualTo("UserProfile");
        assertThat(spec.schema("UserProfile").javaName()).isEqualTo("UserProfile2");
        assertThat(spec.schema("String").javaName()).isEqualTo("StringModel");
    }

    @Test
    void allOfPartsAreFlattenedIntoOneObject() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Base:
                      type: object
                      required: [id]
                      properties:
                        id: {type: string}
                    Pet:
                      allOf:
                        - $ref: '#/components/schemas/Base'
                        - type: object
                          required: [name]
                          properties:
                            name: {type: string}
                """).assertClean();
        ObjectSchema pet = spec.object("Pet");
        assertThat(pet.properties()).extracting(Property::name).containsExactly("id", "name");
        assertThat(pet.properties()).allMatch(Property::required);
        assertThat(pet.properties().get(0).pointer()).isEqualTo("/components/schemas/Base/properties/id");
    }

    @Test
    void allOfWithOnePartIsThatPart() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Owner: {type: object, properties: {id: {type: string}}}
                    Thing:
                      type: object
                      properties:
                        owner:
                          description: Who owns it.
                          nullable: true
                          allOf: [{$ref: '#/components/schemas/Owner'}]
                """).assertClean();
        Property owner = spec.property("Thing", "owner");
        assertThat(owner.type()).isEqualTo(new TypeRef.Named("Owner"));
        assertThat(owner.nullable()).isTrue();
        assertThat(owner.description()).isEqualTo("Who owns it.");
    }

    @Test
    void oneOfOfObjectsNothingTellsApartIsAnyJsonValueWithALocatedWarning() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Card: {type: object, properties: {number: {type: string}}}
                    Bank: {type: object, properties: {iban: {type: string}}}
                    Payment:
                      type: object
                      properties:
                        source:
                          oneOf:
                            - $ref: '#/components/schemas/Card'
                            - $ref: '#/components/schemas/Bank'
                """);
        assertThat(spec.errors()).isEmpty();
        assertThat(spec.property("Payment", "source").type()).isEqualTo(scalar(Kind.ANY));
        Diagnostic warning = spec.warnings().get(0);
        assertThat(warning.message()).contains("oneOf with 2 alternatives cannot become one Java type",
                "cannot be told apart without a discriminator");
        assertThat(warning.line()).isEqualTo(12);
        assertThat(warning.pointer()).isEqualTo("/components/schemas/Payment/properties/source/oneOf");
    }

    @Test
    void oneOfWithADiscriminatorIsAUnionHonouringItsMapping() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Card: {type: object, required: [kind], properties: {kind: {type: string}}}
                    Bank: {type: object, required: [kind], properties: {kind: {type: string}}}
                    Source:
                      oneOf:
                        - $ref: '#/components/schemas/Card'
                        - $ref: '#/components/schemas/Bank'
                      discriminator:
                        propertyName: kind
                        mapping: {card: '#/components/schemas/Card', debit: '#/components/schemas/Card'}
                """).assertClean();
        UnionSchema union = (UnionSchema) spec.schema("Source");
        assertThat(union.discriminator()).contains("kind");
        assertThat(union.variants()).containsExactly(
                new UnionSchema.Variant("Card", List.of("card", "debit")),
                new UnionSchema.Variant("Bank", List.of("Bank")));
    }

    @Test
    void oneOfWhoseVariantsEachRequireTheirOwnPropertyIsADeducedUnion() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Card: {type: object, required: [number], properties: {number: {type: string}}}
                    Bank: {type: object, required: [iban], properties: {iban: {type: string}}}
                    Payment:
                      type: object
                      properties:
                        source:
                          oneOf:
                            - $ref: '#/components/schemas/Card'
                            - $ref: '#/components/schemas/Bank'
                            - {type: object, required: [token], properties: {token: {type: string}}}
                """).assertClean();
        Property source = spec.property("Payment", "source");
        assertThat(source.type()).isEqualTo(new TypeRef.Named("PaymentSource"));
        UnionSchema union = (UnionSchema) spec.schema("PaymentSource");
        assertThat(union.discriminator()).isEmpty();
        assertThat(union.variants()).extracting(UnionSchema.Variant::schemaName)
                .containsExactly("Card", "Bank", "PaymentSourceOption3");
    }

    @Test
    void oneOfASchemaAndNullIsThatSchemaNullable() {
        SpecFixture spec = SpecFixture.schemas31(dir, """
                    Owner: {type: object, properties: {id: {type: string}}}
                    Thing:
                      type: object
                      properties:
                        owner:
                          oneOf: [{$ref: '#/components/schemas/Owner'}, {type: 'null'}]
                """).assertClean();
        assertThat(spec.property("Thing", "owner").type()).isEqualTo(new TypeRef.Named("Owner"));
        assertThat(spec.property("Thing", "owner").nullable()).isTrue();
    }

    @Test
    void arrayWithoutItemsIsAListOfAnyWithAWarning() {
        SpecFixture spec = SpecFixture.schemas30(dir,
                "    Thing:\n      type: object\n      properties:\n        bag: {type: array}\n");
        assertThat(spec.property("Thing", "bag").type())
                .isEqualTo(new TypeRef.ListOf(scalar(Kind.ANY), Constraints.NONE, false));
        assertThat(spec.errors()).isEmpty();
        assertThat(spec.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("declares no 'items'");
            assertThat(w.pointer()).isEqualTo("/components/schemas/Thing/properties/bag");
            assertThat(w.line()).isEqualTo(9);
        });
    }

    @Test
    void xmlMappingsGiveOneWarning() {
        SpecFixture spec = SpecFixture.schemas30(dir, """
                    Pet:
                      type: object
                      xml: {name: pet}
                      properties:
                        name: {type: string, xml: {attribute: true}}
                """);
        assertThat(spec.errors()).isEmpty();
        assertThat(spec.warnings()).singleElement().satisfies(w -> {
            assertThat(w.message()).contains("xml mapping here and 1 more is ignored");
            assertThat(w.pointer()).isEqualTo("/components/schemas/Pet/xml");
        });
    }

    @Test
    void externalReferencesToOtherFilesAreFollowed() {
        SpecFixture spec = assertExternalReferencesFollowed(Path.of("src/test/resources/specs/external/main.yaml"));
        assertThat(spec.property(petOf(spec), "owner").type()).isEqualTo(new TypeRef.Named("Owner"));
        assertThat(spec.operation("listPets").responses().get(1).body()).contains(new TypeRef.Named("Error"));
    }

    @Test
    void externalReferencesToOtherFilesAreFollowedIn31() throws IOException {
        Path source = Path.of("src/test/resources/specs/external");
        for (String file : List.of("common.yaml", "pet.yaml")) {
            Files.copy(source.resolve(file), dir.resolve(file));
        }
        Path main = dir.resolve("main.yaml");
        Files.writeString(main, Files.readString(source.resolve("main.yaml")).replace("openapi: 3.0.3", "openapi: 3.1.0"));

        assertExternalReferencesFollowed(main);
    }

    @ParameterizedTest
    @ValueSource(strings = {"$ref: './pet.yaml#/Pet'", "$ref: pet.yaml", "\"$ref\": \"common.json#/Error\"",
        "$ref: \"https://example.com/common.yaml\""})
    void aReferenceToAnotherFileNeedsSwaggerParsersResolution(String text) {
        assertThat(OpenApiReader.refersToAnotherFile("schema:\n  " + text + "\n")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$ref: '#/components/schemas/Pet'", "$ref: \"#/components/schemas/Pet\"",
        "\"$ref\": \"#/components/schemas/Pet\"", "\"$ref\" : '#/a'"})
    void aReferenceWithinTheDocumentDoesNot(String text) {
        assertThat(OpenApiReader.refersToAnotherFile("schema:\n  " + text + "\n")).isFalse();
    }

    /** A 3.1 contract's schemas from other files are inlined by swagger-parser, so only 3.0 keeps their names. */
    private static SpecFixture assertExternalReferencesFollowed(Path main) {
        SpecFixture spec = SpecFixture.read(main).assertClean();
        var listPets = spec.operation("listPets");
        assertThat(listPets.parameters().get(0).name()).isEqualTo("limit");
        assertThat(listPets.parameters().get(0).type()).isEqualTo(scalar(Kind.INT32));
        assertThat(listPets.parameters().get(0).constraints().maximum()).hasValueSatisfying(
                max -> assertThat(max).isEqualByComparingTo("50"));
        String pet = petOf(spec);
        assertThat(spec.property(pet, "name").constraints().minLength()).contains(1);
        assertThat(spec.property(pet, "owner").type()).isInstanceOf(TypeRef.Named.class);
        assertThat(listPets.responses().get(1).body()).containsInstanceOf(TypeRef.Named.class);
        return spec;
    }

    private static String petOf(SpecFixture spec) {
        var listPets = spec.operation("listPets");
        TypeRef.ListOf pets = (TypeRef.ListOf) listPets.successResponse().orElseThrow().body().orElseThrow();
        return ((TypeRef.Named) pets.items()).schemaName();
    }
}
