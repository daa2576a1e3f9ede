package dev.estateaudit.util;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Refuses, before anything is read or written, a run whose output would land on one of its own
 * inputs (the estate, a rule file, the waivers...) or two of whose outputs are one file. Files are
 * compared by identity (device and inode, so a hard link or a symbolic link is caught), and a path
 * not yet there by its real folder and name.
 */
public final class OutputGuard {

    private static final int RULE_FOLDER_DEPTH = 16;

    private final Map<Object, String> inputs = new HashMap<>();
    private final Map<Object, String> outputs = new LinkedHashMap<>();

    /** An input file of the run, described for the message ("the estate file"). */
    public OutputGuard input(String what, Path file) {
        if (file != null) {
            identity(file).ifPresent(key -> inputs.putIfAbsent(key, what + " " + file));
        }
        return this;
    }

    public OutputGuard inputs(String what, List<Path> files) {
        files.forEach(f -> input(what, f));
        return this;
    }

    /** Every regular file in a folder of inputs (a rule folder). */
    public OutputGuard folder(String what, Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return input(what, folder);
        }
        try (Stream<Path> files = Files.walk(folder, RULE_FOLDER_DEPTH)) {
            files.filter(Files::isRegularFile).forEach(f -> input(what, f));
        } catch (IOException | RuntimeException e) {
            // the rule loader reports an unreadable folder itself
        }
        return this;
    }

    public OutputGuard folders(String what, List<Path> folders) {
        folders.forEach(f -> folder(what, f));
        return this;
    }

    /** An output; throws when it is an input or an output already given. */
    public OutputGuard output(String option, Path file) {
        if (file == null) {
            return this;
        }
        OutputFiles.refuseUnwritable(file);
        Object key = identity(file).orElse(file.toAbsolutePath().normalize());
        String input = inputs.get(key);
        if (input != null) {
            throw new UsageException(option + " " + file + " is " + input + ": writing there would replace what this run reads; "
                    + "write the output elsewhere");
        }
        String earlier = outputs.putIfAbsent(key, option + " " + file);
        if (earlier != null) {
            throw new UsageException(option + " " + file + " is the same file as " + earlier
                    + ": each output needs a file of its own");
        }
        return this;
    }

    /** Device and inode of an existing file, else its real folder and name; empty when neither can be known. */
    private static java.util.Optional<Object> identity(Path file) {
        try {
            if (Files.exists(file)) {
                Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
                return java.util.Optional.of(key != null ? key : file.toRealPath());
            }
            return java.util.Optional.of(OutputFiles.throughLinks(file.toAbsolutePath()));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
