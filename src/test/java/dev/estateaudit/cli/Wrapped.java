package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

/** What wrapping text at a width must keep and change, for every output that is wrapped. */
public final class Wrapped {

    private Wrapped() {
    }

    /** {@code wrapped} is {@code plain}, which had longer lines, broken at {@code width}: every word kept, in order. */
    public static void atWidth(String plain, String wrapped, int width) {
        assertThat(plain.lines()).anyMatch(line -> line.length() > width);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length() <= width || !line.strip().contains(" ")).as(line).isTrue());
        assertThat(wrapped.split("\\s+")).containsExactly(plain.split("\\s+"));
    }
}
