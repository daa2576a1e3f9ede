package dev.estateaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

/**
 * Output must not depend on the machine's locale: under ar-SA, {@code String.format("%d")} writes
 * Arabic-Indic digits, and under tr, {@code "ID".toLowerCase()} is "ıd". Every formatting call
 * names its locale ({@code Locale.ROOT}); the overloads that take the default one are not used.
 */
class LocaleIndependenceTest {

    @Test
    void noFormattingInTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(String.class, "toUpperCase")
                .orShould().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(PrintWriter.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintWriter.class, "format", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
                .because("the default locale changes digits and letters (Locale.ROOT does not)")
                .check(LayeringTest.CLASSES);
    }
}
