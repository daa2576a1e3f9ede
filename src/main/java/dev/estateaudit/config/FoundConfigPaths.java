package dev.estateaudit.config;

import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The paths of a config found in the working directory rather than named: anyone who can add a
 * file there (a pull request) would otherwise choose where reports are written (a shell's start-up
 * file) and which files are read and quoted on stderr. Each must stay inside the working
 * directory: no absolute path, no {@code ..}, no symbolic link leading out of it.
 */
final class FoundConfigPaths {

    private static final Pattern ABSOLUTE = Pattern.compile("^([/\\\\]|[A-Za-z]:)");
    private static final Pattern PARENT = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)");

    /** The paths one key names, and the line the key is on. */
    record Named(String key, int line, List<String> paths) {
    }

    private final Path workingDirectory;
    private final InputProblems problems;

    FoundConfigPaths(Path workingDirectory, InputProblems problems) {
        this.workingDirectory = workingDirectory.toAbsolutePath();
        this.problems = problems;
    }

    void check(List<Named> keys) {
        for (Named key : keys) {
            for (String path : key.paths()) {
                String why = outside(path);
                if (why != null) {
                    problems.add(key.line(), key.key() + ": " + TerminalText.quote(path, ConfigValue.QUOTED) + " " + why
                            + "; a config found in the working directory may name only files inside it "
                            + "(name it with --config to trust it)");
                }
            }
        }
    }

    /** Why {@code path} is not surely inside the working directory; null when it is. */
    private String outside(String path) {
        if (ABSOLUTE.matcher(path).find()) {
            return "is an absolute path";
        }
        if (PARENT.matcher(path).find()) {
            return "leads out through '..'";
        }
        Path resolved;
        Path root;
        try {
            resolved = workingDirectory.resolve(path);
            root = workingDirectory.toRealPath();
        } catch (InvalidPathException | IOException e) {
            return "is not a usable path";
        }
        Path relative = workingDirectory.relativize(resolved);
        Path prefix = workingDirectory;
        for (Path part : relative) {
            prefix = prefix.resolve(part);
            if (Files.isSymbolicLink(prefix)) {
                try {
                    if (!prefix.toRealPath().startsWith(root)) {
                        return "leads out through the symbolic link " + TerminalText.quote(workingDirectory.relativize(prefix).toString(),
                                ConfigValue.QUOTED);
                    }
                } catch (IOException e) {
                    return "goes through a symbolic link whose target does not exist";
                }
            } else if (!Files.exists(prefix, LinkOption.NOFOLLOW_LINKS)) {
                return null; // nothing below a missing folder can be a link yet
            }
        }
        return null;
    }
}
