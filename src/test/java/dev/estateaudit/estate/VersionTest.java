package dev.estateaudit.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {

    @ParameterizedTest
    @CsvSource({
        "11, 11.0.0, 0",
        "11.18, 11.18.0, 0",
        "11.9, 11.10, -1",
        "11.18.1, 11.18, 1",
        "10.0.1017.0, 11, -1",
        "'11.30.1 (Build 44210)', 11.30.1, 0",
        "11.31.0, 11.30.9, 1"})
    void comparesNumericallyComponentByComponent(String a, String b, int expected) {
        assertThat(Integer.signum(Version.parse(a).compareTo(Version.parse(b)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "eleven", "11.x", "11..2", "v11", "11.2 (Build)"})
    void rejectsWhatIsNotAVersion(String text) {
        assertThatThrownBy(() -> Version.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a version");
    }

    @org.junit.jupiter.api.Test
    void keepsTheTextAndTheMajor() {
        Version v = Version.parse("11.30.1 (Build 44210)");
        assertThat(v).hasToString("11.30.1 (Build 44210)");
        assertThat(v.getMajor()).isEqualTo(11);
        assertThat(v.getBuild()).isEqualTo(44210);
        assertThat(Version.parse("11")).isEqualTo(Version.parse("11.0")).hasSameHashCodeAs(Version.parse("11.0.0"));
    }

    /** Case 3 of the hardening issue: a version of 3,000 components overflowed the regex's stack. */
    @org.junit.jupiter.api.Test
    void aHugeVersionIsRefusedByLengthWithoutRecursion() {
        String huge = "1" + ".1".repeat(3000);
        assertThatThrownBy(() -> Version.parse(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6001 characters, more than the 64");
        String longest = "1" + ".1".repeat(31);
        assertThat(Version.parse(longest).component(31)).isEqualTo(1);
        assertThat(Version.parse("11.2(build 7)").getBuild()).isEqualTo(7);
        assertThatThrownBy(() -> Version.parse("11.2 (Build 7")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Version.parse("11.2 (Build 99999999999)")).hasMessageContaining("too large");
    }

    @org.junit.jupiter.api.Test
    void aComponentIsAnIntUpToItsLargestValue() {
        assertThat(Version.parse("2147483647.0").getMajor()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Version.parse("0000000000000000000011.007").getMinor()).isEqualTo(7);
        assertThatThrownBy(() -> Version.parse("2147483648.0"))
                .hasMessage("'2147483648.0' is not a version: component '2147483648' is too large");
        assertThatThrownBy(() -> Version.parse(" 11.99999999999999999999 "))
                .hasMessage("' 11.99999999999999999999 ' is not a version: component '99999999999999999999' is too large");
        assertThat(Version.parse("11.30.1 (Build 2147483647)").getBuild()).isEqualTo(Integer.MAX_VALUE);
    }
}
