package dev.keel.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.core.model.HttpMethod;
import org.junit.jupiter.api.Test;

class NamingStrategyTest {

    private final NamingStrategy naming = new NamingStrategy();

    @Test
    void typeNameJoinsKebabSnakeDottedAndSpacedWordsInUpperCamel() {
        assertThat(naming.typeName("user-profile")).isEqualTo("UserProfile");
        assertThat(naming.typeName("user_profile")).isEqualTo("UserProfile");
        assertThat(naming.typeName("user.profile")).isEqualTo("UserProfile");
        assertThat(naming.typeName("user profile")).isEqualTo("UserProfile");
        assertThat(naming.typeName("messaging.v1.service")).isEqualTo("MessagingV1Service");
    }

    @Test
    void typeNameKeepsCamelHumpsAndTurnsCapitalWordsIntoCamelCase() {
        assertThat(naming.typeName("ProjectCreate")).isEqualTo("ProjectCreate");
        assertThat(naming.typeName("projectCreate")).isEqualTo("ProjectCreate");
        assertThat(naming.typeName("HTTPError")).isEqualTo("HttpError");
        assertThat(naming.typeName("USER_PROFILE")).isEqualTo("UserProfile");
    }

    @Test
    void typeNameStartingWithADigitGetsAPrefix() {
        assertThat(naming.typeName("200-response")).isEqualTo("Model200Response");
        assertThat(naming.typeName("3d_model")).isEqualTo("Model3dModel");
    }

    @Test
    void typeNameThatGeneratedCodeUsesUnqualifiedGetsASuffix() {
        assertThat(naming.typeName("String")).isEqualTo("StringModel");
        assertThat(naming.typeName("object")).isEqualTo("ObjectModel");
        assertThat(naming.typeName("List")).isEqualTo("ListModel");
        assertThat(naming.typeName("size")).isEqualTo("SizeModel");
        assertThat(naming.typeName("Error")).as("java.lang.Error is never used by generated code")
                .isEqualTo("Error");
    }

    @Test
    void typeNameOfNothingUsableIsStillALegalName() {
        assertThat(naming.typeName("")).isEqualTo("Model");
        assertThat(naming.typeName("---")).isEqualTo("Model");
    }

    @Test
    void memberNameIsLowerCamel() {
        assertThat(naming.memberName("X-Request-Id")).isEqualTo("xRequestId");
        assertThat(naming.memberName("created_at")).isEqualTo("createdAt");
        assertThat(naming.memberName("createdAt")).isEqualTo("createdAt");
        assertThat(naming.memberName("ID")).isEqualTo("id");
        assertThat(naming.memberName("User Name")).isEqualTo("userName");
    }

    @Test
    void memberNameThatIsAJavaKeywordGetsASuffix() {
        assertThat(naming.memberName("class")).isEqualTo("classValue");
        assertThat(naming.memberName("default")).isEqualTo("defaultValue");
        assertThat(naming.memberName("public")).isEqualTo("publicValue");
        assertThat(naming.memberName("null")).isEqualTo("nullValue");
        assertThat(naming.memberName("record")).isEqualTo("recordValue");
    }

    @Test
    void memberNameThatARecordComponentCannotTakeGetsASuffix() {
        assertThat(naming.memberName("hashCode")).isEqualTo("hashCodeValue");
        assertThat(naming.memberName("to_string")).isEqualTo("toStringValue");
    }

    @Test
    void memberNameStartingWithADigitOrSignGetsALegalStart() {
        assertThat(naming.memberName("2fa")).isEqualTo("n2fa");
        assertThat(naming.memberName("2fa_enabled")).isEqualTo("n2faEnabled");
        assertThat(naming.memberName("+1")).isEqualTo("plus1");
        assertThat(naming.memberName("-1")).isEqualTo("minus1");
        assertThat(naming.memberName("")).isEqualTo("value");
    }

    @Test
    void constantNameIsUpperSnake() {
        assertThat(naming.constantName("active")).isEqualTo("ACTIVE");
        assertThat(naming.constantName("in-progress")).isEqualTo("IN_PROGRESS");
        assertThat(naming.constantName("inProgress")).isEqualTo("IN_PROGRESS");
        assertThat(naming.constantName("application/json")).isEqualTo("APPLICATION_JSON");
    }

    @Test
    void constantNameSpellsSymbolsSoThatValuesStayDistinct() {
        assertThat(naming.constantName("Etc/GMT+12")).isEqualTo("ETC_GMT_PLUS_12");
        assertThat(naming.constantName("Etc/GMT-12")).isEqualTo("ETC_GMT_12");
        assertThat(naming.constantName(">=")).isEqualTo("GT_EQ");
        assertThat(naming.constantName("<")).isEqualTo("LT");
        assertThat(naming.constantName("-")).isEqualTo("MINUS");
        assertThat(naming.constantName("€")).isEqualTo("U20AC");
    }

    @Test
    void constantNameOfEmptyNumericAndSignedValues() {
        assertThat(naming.constantName("")).isEqualTo("EMPTY");
        assertThat(naming.constantName("1")).isEqualTo("VALUE_1");
        assertThat(naming.constantName("2xx")).isEqualTo("VALUE_2XX");
        assertThat(naming.constantName("-1")).isEqualTo("MINUS_1");
        assertThat(naming.constantName("+1")).isEqualTo("PLUS_1");
    }

    @Test
    void operationNameComesFromTheOperationIdOrFromMethodAndPath() {
        assertThat(naming.operationName("repos/get-content")).isEqualTo("reposGetContent");
        assertThat(naming.operationName("new")).isEqualTo("newValue");
        assertThat(naming.derivedOperationId(HttpMethod.GET, "/projects/{id}/members"))
                .isEqualTo("getProjectsByIdMembers");
        assertThat(naming.derivedOperationId(HttpMethod.POST, "/projects")).isEqualTo("postProjects");
        assertThat(naming.derivedOperationId(HttpMethod.GET, "/")).isEqualTo("getRoot");
    }

    @Test
    void hoistedSchemasAreNamedAfterWhereTheyOccur() {
        assertThat(naming.requestBodyTypeName("createProject")).isEqualTo("CreateProjectRequest");
        assertThat(naming.responseTypeName("createProject", "201")).isEqualTo("CreateProjectResponse");
        assertThat(naming.responseTypeName("createProject", "404")).isEqualTo("CreateProject404Response");
        assertThat(naming.responseTypeName("createProject", "default")).isEqualTo("CreateProjectDefaultResponse");
        assertThat(naming.propertyTypeName("Project", "owner_info")).isEqualTo("ProjectOwnerInfo");
        assertThat(naming.itemTypeName("ProjectTags")).isEqualTo("ProjectTagsItem");
        assertThat(naming.parameterTypeName("listProjects", "sort-by")).isEqualTo("ListProjectsSortBy");
    }

    @Test
    void tagNamesTheControllerAndHandler() {
        assertThat(naming.tagName("pet store")).isEqualTo("PetStore");
        assertThat(naming.tagName("String")).as("always followed by a suffix, so never reserved").isEqualTo("String");
        assertThat(naming.controllerName("PetStore")).isEqualTo("PetStoreController");
        assertThat(naming.handlerName("PetStore")).isEqualTo("PetStoreHandler");
    }

    @Test
    void applicationClassIsNamedAfterTheTitle() {
        NamingStrategy naming = new NamingStrategy();
        assertThat(naming.applicationClassName("Projects API")).isEqualTo("ProjectsApiApplication");
        assertThat(naming.applicationClassName("pet-store")).isEqualTo("PetStoreApplication");
        assertThat(naming.applicationClassName("Train Travel Application")).isEqualTo("TrainTravelApplication");
        assertThat(naming.applicationClassName("3D Printing")).isEqualTo("Model3DPrintingApplication");
        assertThat(naming.applicationClassName("")).isEqualTo("KeelApplication");
    }

    @Test
    void sqlNameIsLowerSnakeCase() {
        assertThat(naming.sqlName("createdAt")).isEqualTo("created_at");
        assertThat(naming.sqlName("ProjectMember")).isEqualTo("project_member");
        assertThat(naming.sqlName("HTTPStatus")).isEqualTo("http_status");
        assertThat(naming.sqlName("user_id")).isEqualTo("user_id");
        assertThat(naming.sqlName("line2")).isEqualTo("line2");
    }
}
