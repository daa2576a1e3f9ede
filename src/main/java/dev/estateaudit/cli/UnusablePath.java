package dev.estateaudit.cli;

import dev.estateaudit.util.TerminalText;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * A path the JVM cannot use, said in the user's terms. The usual cause is the locale: the JVM
 * encodes file names in the character set of the locale's LC_CTYPE, and under C or POSIX (many CI
 * containers and cron jobs) that is ASCII, so a path with any other letter can be neither opened
 * nor written; its arguments then arrive with those letters already lost. The launchers choose a
 * UTF-8 locale when the system has one (src/dist/lib/jvm-settings.sh); this is the message when
 * they could not, or when the JVM is started some other way.
 */
final class UnusablePath {

    private static final int QUOTED = 200;

    private UnusablePath() {
    }

    /** For picocli: a path argument, or a message naming it. */
    static Path convert(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException(message(e));
        }
    }

    static String message(InvalidPathException e) {
        String path = TerminalText.quote(e.getInput(), QUOTED);
        if (e.getInput().indexOf('\0') >= 0) {
            return path + " cannot be a path: it holds a NUL character";
        }
        String encoding = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
        if (!Charset.isSupported(encoding) || !Charset.forName(encoding).equals(java.nio.charset.StandardCharsets.UTF_8)) {
            return path + " cannot be a path here: the locale's character set (" + encoding + ", from LC_ALL, LC_CTYPE or LANG) "
                    + "cannot encode its characters; run estate-audit under a UTF-8 locale, e.g. LC_ALL=C.UTF-8 "
                    + "(its launchers choose one when the system has one)";
        }
        return path + " cannot be a path on this system";
    }
}
