package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;

/**
 * An import that cannot finish: LifeTime refused or failed a call, or the saved responses are
 * unusable. The message names the call (or file) and what to do; the CLI maps it to exit code 2.
 */
public class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message, null, false, false);
    }
}
