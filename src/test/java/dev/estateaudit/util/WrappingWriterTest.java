package dev.estateaudit.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WrappingWriterTest {

    @Test
    void aLongNumberedLineHangsUnderItsTextAndKeepsEveryWord() {
        String line = "   1. [lifetime-behind-target] estate: The upgrade targets Platform Server 11.31.0, but LifeTime's environment runs 11.29.0.";

        String wrapped = WrappingWriter.wrap(line, 50);

        assertThat(wrapped).isEqualTo("   1. [lifetime-behind-target] estate: The upgrade\n"
                + "      targets Platform Server 11.31.0, but\n"
                + "      LifeTime's environment runs 11.29.0.");
    }

    @Test
    void aLabelledLineHangsUnderItsValueAndALineThatFitsIsUntouched() {
        assertThat(WrappingWriter.wrap("      fix:      Upgrade LifeTime first, then every environment in order.", 44))
                .isEqualTo("      fix:      Upgrade LifeTime first, then\n"
                        + "                every environment in order.");
        assertThat(WrappingWriter.wrap("  short   line  ", 44)).isEqualTo("  short   line  ");
    }

    @Test
    void coloursTakeNoWidthAndAWordLongerThanTheLineStaysWhole() {
        String red = "\u001b[31mERROR\u001b[0m";
        assertThat(WrappingWriter.wrap(red + " (12) findings", 19)).isEqualTo(red + " (12) findings");
        assertThat(WrappingWriter.wrap("see https://success.outsystems.com/Documentation/11/a-long-page now", 20))
                .isEqualTo("see\nhttps://success.outsystems.com/Documentation/11/a-long-page\nnow");
    }

    @Test
    void itWrapsLineByLineAndWritesAnUnfinishedLastLineWhenClosed() throws IOException {
        StringWriter out = new StringWriter();
        try (WrappingWriter writer = new WrappingWriter(out, 12)) {
            writer.write("one two three four\nfive six seven");
        }
        assertThat(out).hasToString("one two\nthree four\nfive six\nseven");
    }
}
