package dev.estateaudit.app;

import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.importer.EstateFileOutput;
import dev.estateaudit.util.ToolHome;
import dev.estateaudit.util.UsageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The {@code init} use case: a commented starter estate, or (from an imported estate) an overlay
 * naming the facts the import lacks. Either is written whole, and never over an existing file.
 */
public final class InitRun {

    private static final String STARTER = "/dev/estateaudit/init/starter-estate.yaml";
    /** The estate file's JSON Schema, in the clone and in the distribution. */
    static final String SCHEMA = "schema/estate.schema.json";

    private InitRun() {
    }

    /**
     * The starter estate: LifeTime, four environments, a zone, a module, each field explained; it
     * opens with the schema line for a file written to {@code output} (null: standard output).
     */
    public static String starter(Path output) {
        try (InputStream in = InitRun.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is missing from the jar");
            }
            return schemaLine(output) + new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay for an imported estate (which must load on its own), written to {@code output} (null: standard output). */
    public static String overlay(Path imported, Path output) {
        return StarterOverlay.write(new EstateLoader().load(imported), imported.toString(), schemaLine(output));
    }

    /**
     * The line that points YAML editors (yaml-language-server: VS Code's YAML extension, IntelliJ...)
     * at the estate file's JSON Schema shipped beside the jar, as a path relative to the file's own
     * folder, which is how the editor resolves it (standard output: the working directory). An
     * installation without the schema gets no line rather than one pointing nowhere.
     */
    static String schemaLine(Path output) {
        return ToolHome.file(SCHEMA).map(schema -> {
            Path folder = output == null ? Path.of("").toAbsolutePath()
                    : output.toAbsolutePath().normalize().getParent();
            String target;
            try {
                target = folder.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
            } catch (IllegalArgumentException e) {
                target = schema.toUri().toString(); // another drive (Windows): no relative path reaches it
            }
            return "# yaml-language-server: $schema=" + target + "\n";
        }).orElse("");
    }

    public static void write(Path output, String content) {
        refuseOutput(output);
        EstateFileOutput.write(output, content);
    }

    /** Refuses, before anything is read, a name check could not read back, or a file already there. */
    public static void refuseOutput(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString();
        if (name.isBlank()) {
            throw new UsageException("--output: empty file name");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            // check reads an estate by its extension: any other name would give a file it refuses
            throw new UsageException("--output " + output + ": an estate file is read by its extension; name it .yaml or .yml");
        }
        if (Files.exists(output)) {
            throw new UsageException("--output: " + output + " exists; init never overwrites a file (remove it, or pick another name)");
        }
    }
}
