package dev.estateaudit.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnsiSupportTest {

    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";

    @Test
    void coloursOnlyOnATerminal() {
        assertThat(AnsiSupport.colour(true, LINUX, Map.of())).isTrue();
        assertThat(AnsiSupport.colour(false, LINUX, Map.of())).isFalse();
        assertThat(AnsiSupport.colour(false, WINDOWS, Map.of("WT_SESSION", "1"))).isFalse();
    }

    @Test
    void neverWithNoColorSetToAnything() {
        assertThat(AnsiSupport.colour(true, LINUX, Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(AnsiSupport.colour(true, LINUX, Map.of("NO_COLOR", "false"))).isFalse();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("NO_COLOR", "1", "WT_SESSION", "1"))).isFalse();
        // an empty NO_COLOR is unset (no-color.org)
        assertThat(AnsiSupport.colour(true, LINUX, Map.of("NO_COLOR", ""))).isTrue();
        // the progress line's erase is no colour: NO_COLOR leaves it
        assertThat(AnsiSupport.escapes(true, LINUX, Map.of("NO_COLOR", "1"))).isTrue();
    }

    @Test
    void neverInCiOrOnADumbTerminal() {
        assertThat(AnsiSupport.colour(true, LINUX, Map.of("CI", "true"))).isFalse();
        assertThat(AnsiSupport.colour(true, LINUX, Map.of("TERM", "dumb"))).isFalse();
        assertThat(AnsiSupport.escapes(true, LINUX, Map.of("TERM", "dumb"))).isFalse();
    }

    @Test
    void onWindowsOnlyWhereTheConsoleInterpretsEscapes() {
        // the console of cmd.exe or PowerShell outside Windows Terminal prints them as text
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of())).isFalse();
        assertThat(AnsiSupport.escapes(true, WINDOWS, Map.of())).isFalse();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("WT_SESSION", "2b0d-..."))).isTrue();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("ConEmuANSI", "ON"))).isTrue();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("ConEmuANSI", "OFF"))).isFalse();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("ANSICON", "120x9999 (120x30)"))).isTrue();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("TERM_PROGRAM", "vscode"))).isTrue();
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("TERM", "xterm-256color"))).isTrue(); // Git Bash, mintty
        assertThat(AnsiSupport.colour(true, WINDOWS, Map.of("TERM", "dumb", "WT_SESSION", "1"))).isFalse();
    }
}
