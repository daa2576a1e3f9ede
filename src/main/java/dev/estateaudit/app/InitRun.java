package dev.estateaudit.app;

import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.importer.EstateFileOutput;
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

    private InitRun() {
    }

    /** The starter estate: LifeTime, four environments, a zone, a module, each field explained. */
    public static String starter() {
        try (InputStream in = InitRun.class.getResourceAsStream(STARTER)) {
            if (in == null) {
                throw new IllegalStateException(STARTER + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay for an imported estate (which must load on its own). */
    public static String overlay(Path imported) {
        return StarterOverlay.write(new EstateLoader().load(imported), imported.toString());
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
