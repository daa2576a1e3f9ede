package dev.estateaudit.importer;

import dev.estateaudit.util.OutputFiles;
import java.nio.file.Path;

/**
 * Writes the imported estate file whole or not at all (see {@link OutputFiles}). An estate file
 * holds no secret (never the token): a new one gets the mode the user's umask gives any new file, a
 * replaced one keeps its own.
 */
public final class EstateFileOutput {

    private EstateFileOutput() {
    }

    public static void write(Path target, String content) {
        OutputFiles.write(target, out -> out.write(content));
    }
}
