package dev.estateaudit.knowledge;

import dev.estateaudit.estate.read.EstateInputException;

/** The platform knowledge catalogue is malformed: the message names the file, the entry and the field. */
public class KnowledgeCatalogueException extends EstateInputException {
    public KnowledgeCatalogueException(String message) {
        super(message);
    }
}
