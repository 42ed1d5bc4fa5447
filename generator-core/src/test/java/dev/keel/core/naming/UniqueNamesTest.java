package dev.keel.core.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {

    @Test
    void secondClaimOfANameIsNumbered() {
        UniqueNames names = UniqueNames.caseSensitive();
        assertThat(names.claim("Foo")).isEqualTo("Foo");
        assertThat(names.claim("Foo")).isEqualTo("Foo2");
        assertThat(names.claim("Foo")).isEqualTo("Foo3");
        assertThat(names.claim("Bar")).isEqualTo("Bar");
    }

    @Test
    void nameEndingInADigitIsNumberedAfterAnUnderscore() {
        UniqueNames names = UniqueNames.caseSensitive();
        assertThat(names.claim("V1")).isEqualTo("V1");
        assertThat(names.claim("V1")).isEqualTo("V1_2");
    }

    @Test
    void typeNamesClashWhenTheyDifferOnlyInCase() {
        UniqueNames types = UniqueNames.ignoringCase();
        assertThat(types.claim("Foo")).isEqualTo("Foo");
        assertThat(types.claim("FOO")).isEqualTo("FOO2");

        UniqueNames members = UniqueNames.caseSensitive();
        assertThat(members.claim("name")).isEqualTo("name");
        assertThat(members.claim("Name")).isEqualTo("Name");
    }

    @Test
    void reservedNamesAreNeverHandedOut() {
        UniqueNames types = UniqueNames.ignoringCase().reserve("ProjectsController");
        assertThat(types.claim("ProjectsController")).isEqualTo("ProjectsController2");
    }

    @Test
    void theSameClaimsInTheSameOrderGiveTheSameNames() {
        List<String> first = claimAll(UniqueNames.ignoringCase());
        List<String> second = claimAll(UniqueNames.ignoringCase());
        assertThat(first).isEqualTo(second).containsExactly("A", "A2", "B", "a3", "A4");
    }

    private static List<String> claimAll(UniqueNames names) {
        return Stream.of("A", "A", "B", "a", "A").map(names::claim).toList();
    }
}
