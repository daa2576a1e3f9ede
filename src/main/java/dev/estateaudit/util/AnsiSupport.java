package dev.estateaudit.util;

import java.util.Map;

/**
 * Whether the terminal a run writes to interprets ANSI escape sequences: the text report's colours
 * and the progress line's erase. Never on a pipe or a file, in CI, or with TERM=dumb; colour never
 * with NO_COLOR set to anything (https://no-color.org).
 *
 * <p>Windows' own console shows escape sequences as text unless the program turns its virtual
 * terminal mode on, which Java does not; the terminals that interpret them say so in the
 * environment: Windows Terminal (WT_SESSION), ConEmu and Cmder (ConEmuANSI=ON), ANSICON, VS Code's
 * terminal (TERM_PROGRAM), and mintty, Git Bash's, Cygwin's and MSYS2's (TERM).
 */
public final class AnsiSupport {

    private AnsiSupport() {
    }

    /** Colours for the text report on standard output. */
    public static boolean colour(Map<String, String> environment) {
        return colour(System.console() != null, System.getProperty("os.name", ""), environment);
    }

    /** Escape sequences (a line that redraws itself) on the terminal. */
    public static boolean escapes(Map<String, String> environment) {
        return escapes(System.console() != null, System.getProperty("os.name", ""), environment);
    }

    static boolean colour(boolean terminal, String osName, Map<String, String> environment) {
        return escapes(terminal, osName, environment) && isEmpty(environment.get("NO_COLOR"));
    }

    static boolean escapes(boolean terminal, String osName, Map<String, String> environment) {
        if (!terminal || environment.get("CI") != null || "dumb".equals(environment.get("TERM"))) {
            return false;
        }
        return !osName.startsWith("Windows") || windowsTerminalInterpretsThem(environment);
    }

    private static boolean windowsTerminalInterpretsThem(Map<String, String> environment) {
        return !isEmpty(environment.get("WT_SESSION")) || "ON".equalsIgnoreCase(environment.get("ConEmuANSI"))
                || !isEmpty(environment.get("ANSICON")) || !isEmpty(environment.get("TERM_PROGRAM"))
                || !isEmpty(environment.get("TERM"));
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }
}
