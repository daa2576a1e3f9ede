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
        if (Files.exists(output)) {
            throw new UsageException("--output: " + output + " exists; init never overwrites a file (remove it, or pick another name)");
        }
        EstateFileOutput.write(output, content);
    }
}
