package dev.estateaudit.app;

import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.importer.EstateFileOutput;
import dev.estateaudit.importer.EstateImporter;
import dev.estateaudit.importer.EstateYamlWriter;
import dev.estateaudit.importer.ImportProgress;
import dev.estateaudit.importer.ImportSettings;
import dev.estateaudit.importer.ImportedEstate;
import dev.estateaudit.importer.LifeTimeSource;
import java.nio.file.Path;

/**
 * The {@code import} use cases: read LifeTime (its API or saved pipeline answers), map them to an
 * estate file, check that the file loads, and write it whole (or hand back its text).
 */
public final class ImportRun {

    /** What was imported: the file's text, the import's warnings, and where it was written (or null). */
    public record Result(ImportedEstate imported, String yaml, Path writtenTo, MissingFacts missing) {
    }

    private ImportRun() {
    }

    public static Result run(LifeTimeSource source, ImportSettings settings, Path output) {
        ImportedEstate imported;
        try (ImportProgress progress = ImportProgress.onTerminal("Reading LifeTime")) {
            imported = new EstateImporter(source, settings, progress).run();
        }
        String yaml = EstateYamlWriter.write(imported);
        MissingFacts missing;
        try {
            missing = MissingFacts.of(new EstateLoader().loadText(output != null ? output.toString() : "imported.yaml", yaml));
        } catch (EstateInputException e) {
            // LifeTime's answers were accepted above, so a file that does not load is a bug here.
            throw new IllegalStateException("the imported estate does not load: " + e.getMessage());
        }
        if (output != null) {
            EstateFileOutput.write(output, yaml);
        }
        return new Result(imported, yaml, output, missing);
    }
}
