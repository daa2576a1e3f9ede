package dev.estateaudit.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A DRL file found in a rules folder, with the text Drools compiles. */
public record RuleSource(Path file, String displayName, String text) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);

    /** Every .drl below {@code folder}, in a stable order so that builds are reproducible. */
    public static List<RuleSource> scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(folder + ": not a folder of rules"));
        }
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (!Files.isRegularFile(file)) {
                    // a FIFO named x.drl would block the read forever; a device is no rule either
                    throw new RuleCompilationException(List.of(file + ": not a regular file; a rule folder holds .drl files only"));
                }
                sources.add(new RuleSource(file, file.toString(), Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The DRL's package, which also decides where the file sits inside the compiled module. */
    public String packageName() {
        Matcher m = PACKAGE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /** The path below the module's resources: the package as folders, as Drools expects. */
    String modulePath() {
        String folder = packageName().replace('.', '/');
        String name = file.getFileName().toString();
        return (folder.isEmpty() ? "" : folder + "/") + name;
    }
}
