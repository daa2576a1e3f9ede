package dev.estateaudit.cli;

import dev.estateaudit.app.ImportRun;
import dev.estateaudit.estate.Version;
import dev.estateaudit.importer.ImportSettings;
import dev.estateaudit.importer.LifeTimeSource;
import dev.estateaudit.util.OutputGuard;
import dev.estateaudit.util.UsageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** The options every import shares, and the steps after the data is read: map, check, write. */
final class ImportOptions {

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the estate file to FILE (.yaml; whole or not at all). Default: standard output.")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "The estate's name (default: made from the source).")
    String name;

    @Option(names = "--lifetime-platform-version", paramLabel = "VERSION",
            description = "The Platform Server version of LifeTime's own environment (the API does not give it; "
                    + "read it in LifeTime's Service Center). Without it the file has no lifetime block.")
    String lifetimePlatformVersion;

    @Option(names = "--as-of", paramLabel = "TIME",
            description = "The import time written in the file's header, e.g. 2026-11-22T08:00:00Z (default: now), "
                    + "for files that must be reproducible.")
    String asOf;

    ImportSettings settings(String defaultName, boolean includeModules) {
        Version lifetime = lifetimePlatformVersion == null ? null
                : CommandBase.parse(() -> Version.parse(lifetimePlatformVersion), "--lifetime-platform-version");
        Instant time;
        try {
            time = asOf == null ? Instant.now() : Instant.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of: '" + asOf + "' is not a time such as 2026-11-22T08:00:00Z");
        }
        if (output != null && !output.getFileName().toString().matches("(?i).*\\.ya?ml")) {
            throw new UsageException("--output: the estate file is YAML, so its name must end in .yaml or .yml");
        }
        return new ImportSettings(name != null ? name : defaultName, lifetime, includeModules, time);
    }

    /** Refuses an --output that is one of the import's own inputs, before any is read. */
    void refuseClashes(OutputGuard inputs) {
        inputs.output("--output", output);
    }

    /** Imports from the source, writes the file (or standard output), and reports on standard error. */
    int importFrom(LifeTimeSource source, ImportSettings settings, PrintWriter out, PrintWriter err) {
        ImportRun.Result result = ImportRun.run(source, settings, output);
        result.imported().warnings().forEach(w -> err.println("estate-audit: warning: " + w));
        if (result.writtenTo() != null) {
            long modules = result.imported().estate().getModuleCount();
            err.println("estate-audit: imported " + result.imported().estate().getEnvironments().size() + " environments"
                    + (settings.includeModules() ? " and " + modules + " modules" : "") + " into " + output);
        } else {
            out.print(result.yaml());
            out.flush();
        }
        result.missing().describe(output == null ? "IMPORTED.yaml" : output.toString())
                .forEach(line -> err.println("estate-audit: " + line));
        err.flush();
        return ExitCodes.OK;
    }
}
