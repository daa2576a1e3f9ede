package dev.estateaudit.importer;

import dev.estateaudit.estate.Estate;
import java.util.List;
import java.util.Map;

/**
 * The result of an import: the estate, plus what the estate file's comments must tell its reader.
 *
 * @param estate the estate in the model's terms
 * @param source where the data came from (no credentials)
 * @param header notes for the file's header: what must come from an overlay
 * @param environmentNotes comments per environment name, written above that environment
 * @param warnings what the user should hear about now, on standard error
 */
public record ImportedEstate(Estate estate, String source, ImportSettings settings, List<String> header,
                             Map<String, List<String>> environmentNotes, List<String> warnings) {
}
