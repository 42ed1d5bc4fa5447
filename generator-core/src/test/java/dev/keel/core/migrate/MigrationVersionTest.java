package dev.keel.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

    @Test
    void readsFlywayVersionedFileNamesOnly() {
        assertThat(MigrationVersion.of("V1__keel_create_schema.sql")).map(MigrationVersion::toString).hasValue("1");
        assertThat(MigrationVersion.of("V2_1__fix.sql")).map(MigrationVersion::toString).hasValue("2.1");
        assertThat(MigrationVersion.of("V3.0.1__fix.sql")).map(MigrationVersion::toString).hasValue("3.0.1");
        assertThat(MigrationVersion.of("R__views.sql")).isEmpty();
        assertThat(MigrationVersion.of("U1__undo.sql")).isEmpty();
        assertThat(MigrationVersion.of("V1_keel.sql")).isEmpty();
        assertThat(MigrationVersion.of("V1__keel.sql.bak")).isEmpty();
    }

    @Test
    void comparesNumbersNotText() {
        List<MigrationVersion> sorted = List.of("V10__a.sql", "V9__b.sql", "V9_1__c.sql", "V9.0__d.sql").stream()
                .map(name -> MigrationVersion.of(name).orElseThrow()).sorted().toList();

        assertThat(sorted).extracting(MigrationVersion::toString).containsExactly("9", "9.0", "9.1", "10");
        assertThat(sorted.get(3).nextMajor()).hasToString("11");
        assertThat(sorted.get(2).nextMajor()).hasToString("10");
    }
}
