package dev.estateaudit.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Repeated values are read once; sharing them never changes what is read. */
class SharedValuesTest {

    private static final String ESTATE = """
            {"name": "Shared", "environments": [
              {"name": "Dev", "role": "development", "platformVersion": "11.30.1", "modules": [
                {"name": "Orders_CS", "application": "Orders", "publishedWith": "11.30.1", "lastPublished": "2026-10-01T12:00:00Z"}]},
              {"name": "Prod", "role": "production", "platformVersion": "11.30.1", "modules": [
                {"name": "Orders_CS", "application": "Orders", "publishedWith": "11.30.1", "lastPublished": "2026-10-01T12:00:00Z",
                 "references": ["Common_CS"]}]}]}
            """;

    @Test
    void repeatedTextsVersionsAndTimestampsAreOneInstanceEach() {
        Estate estate = new EstateLoader().loadText("shared.json", ESTATE);
        EstateModule dev = estate.getEnvironments().get(0).getModules().get(0);
        EstateModule prod = estate.getEnvironments().get(1).getModules().get(0);

        assertThat(prod.getName()).isSameAs(dev.getName());
        assertThat(prod.getApplication()).isSameAs(dev.getApplication());
        assertThat(prod.getPublishedWith()).isSameAs(dev.getPublishedWith())
                .isSameAs(estate.getEnvironments().get(0).getPlatformVersion());
        assertThat(prod.getLastPublished()).isSameAs(dev.getLastPublished()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));
        assertThat(prod.getReferences()).containsExactly("Common_CS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01T12:00:00Z", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00Z", "0001-01-01T00:00:00Z"})
    void theFastTimestampPathAgreesWithJava(String text) {
        assertThat(SimpleTimestamp.parse(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-10-01T24:00:00Z", "2026-10-01 12:00:00Z",
        "2026-10-01T12:00:00.5Z", "2026-10-01T12:00:00+01:00", "2026-1x-01T12:00:00Z", ""})
    void otherShapesAndInvalidDatesAreLeftToJackson(String text) {
        assertThat(SimpleTimestamp.parse(text)).isNull();
    }

    @Test
    void timestampsOfOtherShapesStillReadAndInvalidOnesStillFailWithTheField() {
        String offset = ESTATE.replaceFirst("2026-10-01T12:00:00Z", "2026-10-01T14:00:00+02:00");
        EstateModule dev = new EstateLoader().loadText("offset.json", offset).getEnvironments().get(0).getModules().get(0);
        assertThat(dev.getLastPublished()).isEqualTo(Instant.parse("2026-10-01T12:00:00Z"));

        String invalid = ESTATE.replaceFirst("2026-10-01T12:00:00Z", "2026-02-30T12:00:00Z");
        assertThatThrownBy(() -> new EstateLoader().loadText("invalid.json", invalid))
                .isInstanceOf(EstateInputException.class)
                .hasMessageContaining("invalid.json:3:")
                .hasMessageContaining("lastPublished");
    }
}
