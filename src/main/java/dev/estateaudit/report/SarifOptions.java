package dev.estateaudit.report;

import java.nio.file.Path;

/**
 * How the SARIF report names files and how many results it keeps.
 *
 * @param root       the folder artifact URIs are relative to (as {@code %SRCROOT%}); files outside
 *                   it are named by an absolute {@code file:} URI. Made absolute and normalised.
 * @param maxResults at most this many results, errors first; 0 keeps every result
 * @param azurePipeline the Azure DevOps pipeline job the run happens in, or null outside one
 */
public record SarifOptions(Path root, int maxResults, AzurePipelineRun azurePipeline) {

    /** GitHub code scanning rejects a run with more results than this. */
    public static final int GITHUB_RESULTS_PER_RUN = 25_000;

    public SarifOptions {
        root = root.toAbsolutePath().normalize();
        if (maxResults < 0) {
            throw new IllegalArgumentException("maxResults must be 0 (no limit) or more");
        }
    }

    public SarifOptions(Path root, int maxResults) {
        this(root, maxResults, null);
    }

    /** URIs relative to the working directory, every result kept, no pipeline. */
    public static SarifOptions defaults() {
        return new SarifOptions(Path.of(""), 0);
    }

    public boolean limited() {
        return maxResults > 0;
    }
}
