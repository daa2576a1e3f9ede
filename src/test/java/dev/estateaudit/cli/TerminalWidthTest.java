package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.estateaudit.util.UsageException;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TerminalWidthTest {

    private static final Map<String, String> NONE = Map.of();

    @Test
    void aPipeIsNeverWrappedUnlessWidthIsGiven() {
        assertThat(TerminalWidth.of(null, false, Map.of("COLUMNS", "100"), () -> 90).columns()).isEmpty();
        assertThat(TerminalWidth.of(72, false, NONE, () -> 90).columns()).hasValue(72);
    }

    @Test
    void aTerminalTakesWidthThenColumnsThenItsOwnWidth() {
        assertThat(TerminalWidth.of(72, true, Map.of("COLUMNS", "100"), () -> 90).columns()).hasValue(72);
        assertThat(TerminalWidth.of(null, true, Map.of("COLUMNS", "100"), () -> 90).columns()).hasValue(100);
        assertThat(TerminalWidth.of(null, true, Map.of("COLUMNS", "wide"), () -> 90).columns()).hasValue(90);
        assertThat(TerminalWidth.of(null, true, NONE, () -> 90).columns()).hasValue(90);
        assertThat(TerminalWidth.of(0, true, NONE, () -> 90).columns()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aTooNarrowWidthIsAUsageError() {
        assertThatThrownBy(() -> TerminalWidth.of(12, true, NONE, () -> 90)).isInstanceOf(UsageException.class)
                .hasMessage("--width: 12 is too narrow: give 40 or more, or 0 not to wrap");
    }
}
