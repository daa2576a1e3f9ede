package dev.estateaudit.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The raw LifeTime API answers that outsystems-pipeline saved in its artifacts folder, read
 * without any network. The pipeline writes each answer as JSON: {@code environments.cache},
 * {@code applications.cache}, {@code modules.cache} and, per environment,
 * {@code environment_data/<environment>..deploymentzones.cache} (its name joins the environment's
 * name and ".deploymentzones.cache" with a dot, hence two dots, and spaces become underscores).
 */
public final class PipelineArtifacts implements LifeTimeSource {

    static final String ENVIRONMENTS = "environments.cache";
    static final String APPLICATIONS = "applications.cache";
    static final String MODULES = "modules.cache";
    static final String ENVIRONMENT_FOLDER = "environment_data";
    static final String ZONES_SUFFIX = ".deploymentzones.cache";

    private final Path folder;
    private final ObjectMapper json = new ObjectMapper();
    private Map<String, Path> zoneFiles;

    public PipelineArtifacts(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ImportException(folder + ": " + (Files.exists(folder) ? "not a folder" : "no such folder")
                    + "; expected outsystems-pipeline's artifacts folder (with " + ENVIRONMENTS + ")");
        }
        if (!Files.isRegularFile(folder.resolve(ENVIRONMENTS))) {
            throw new ImportException(folder + ": no " + ENVIRONMENTS + " here; is this outsystems-pipeline's "
                    + "artifacts folder (by default 'Artifacts')?");
        }
        this.folder = folder;
    }

    @Override
    public String description() {
        return "outsystems-pipeline's saved LifeTime API answers in " + folder.toString().replace('\\', '/');
    }

    @Override
    public JsonNode environments() {
        return read(folder.resolve(ENVIRONMENTS));
    }

    @Override
    public ZoneListing deploymentZones(String environmentKey, String environmentName) {
        String stem = fileStem(environmentName);
        Map<String, Path> saved = zoneFiles();
        Path zones = null;
        for (String name : List.of(stem + "." + ZONES_SUFFIX, stem + ZONES_SUFFIX)) {
            zones = saved.get(name);
            if (zones != null) {
                break;
            }
        }
        if (zones == null) {
            return ZoneListing.unavailable("the pipeline saved no deployment zones for this environment");
        }
        JsonNode answer = read(zones);
        if (!answer.isArray()) {
            throw new ImportException(zones + ": expected a JSON array of deployment zones");
        }
        return ZoneListing.fromAnswer(answer);
    }

    /**
     * The start of the file name the pipeline gives an environment's answers. A name that could not
     * be one file name of the folder (NUL, a slash or backslash, "..") is refused: the pipeline
     * could not have saved it, and the name must never lead outside the folder.
     */
    private static String fileStem(String environmentName) {
        String found = environmentName.indexOf('\0') >= 0 ? "a NUL character"
                : environmentName.contains("/") ? "'/'"
                : environmentName.contains("\\") ? "'\\'"
                : environmentName.contains("..") ? "'..'" : null;
        if (found != null) {
            throw new ImportException(ENVIRONMENTS + ": the environment name " + TerminalText.quote(environmentName, 80)
                    + " holds " + found + ", which no saved file name may hold; correct the name in the saved answers");
        }
        return environmentName.replace(' ', '_');
    }

    /**
     * The deployment-zone answers saved in environment_data, by file name, listed once: each
     * environment's file is found among them, never by building a path from its name.
     */
    private Map<String, Path> zoneFiles() {
        if (zoneFiles == null) {
            Map<String, Path> files = new HashMap<>();
            Path environmentData = folder.resolve(ENVIRONMENT_FOLDER);
            if (Files.isDirectory(environmentData)) {
                try (Stream<Path> listing = Files.list(environmentData)) {
                    listing.filter(f -> f.getFileName().toString().endsWith(ZONES_SUFFIX) && Files.isRegularFile(f))
                            .forEach(f -> files.put(f.getFileName().toString(), f));
                } catch (IOException | UncheckedIOException e) {
                    throw new ImportException(environmentData + ": cannot be listed (" + e.getClass().getSimpleName() + ")");
                }
            }
            zoneFiles = files;
        }
        return zoneFiles;
    }

    @Override
    public JsonNode applications() {
        Path file = folder.resolve(APPLICATIONS);
        return Files.isRegularFile(file) ? read(file) : json.createArrayNode();
    }

    /** The pipeline's modules.cache, when it was saved with the environment statuses. */
    @Override
    public JsonNode modulesWithStatus() {
        Path file = folder.resolve(MODULES);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode modules = read(file);
        if (!modules.isArray()) {
            throw new ImportException(file + ": expected a JSON array of modules");
        }
        for (JsonNode module : modules) {
            if (module.has("ModuleStatusInEnv")) {
                return modules;
            }
        }
        return modules.isEmpty() ? modules : null;
    }

    private JsonNode read(Path file) {
        try {
            JsonNode node = json.readTree(file.toFile());
            if (node == null || node.isMissingNode()) {
                throw new ImportException(file + ": the file is empty; expected the JSON LifeTime answered");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImportException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
                    + ": not valid JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
