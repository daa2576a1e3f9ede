package dev.estateaudit.importer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.EstateLoader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Fuzz target for the LifeTime answer mapper: one JSON object holds the four answers a server
 * gives ({"environments": ..., "zones": {KEY: ...}, "applications": ..., "modules": ...}). Any
 * answers give an estate file that loads, or an {@link ImportException}; nothing else.
 */
class LifeTimeAnswersFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "5s")
    void answers(byte[] input) {
        JsonNode all;
        try {
            all = JSON.readTree(new String(input, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            return;
        }
        if (all == null || !all.isObject()) {
            return;
        }
        LifeTimeSource source = new LifeTimeSource() {
            @Override
            public String description() {
                return "fuzzed answers";
            }

            @Override
            public JsonNode environments() {
                return all.path("environments");
            }

            @Override
            public ZoneListing deploymentZones(String environmentKey, String environmentName) {
                JsonNode zones = all.path("zones").path(String.valueOf(environmentKey));
                return zones.isMissingNode() ? ZoneListing.unavailable("no zones in the fuzzed answers")
                        : ZoneListing.fromAnswer(LifeTimeApi.requireArray("/deploymentzones/", zones));
            }

            @Override
            public JsonNode applications() {
                return all.path("applications");
            }

            @Override
            public JsonNode modulesWithStatus() {
                return all.has("modules") ? all.get("modules") : null;
            }
        };
        try {
            ImportedEstate imported = new EstateImporter(source, new ImportSettings("Fuzz", null, all.has("modules"),
                    Instant.parse("2026-12-01T00:00:00Z")), ImportProgress.none()).run();
            // what the import accepted must load: the same check the import command makes
            new EstateLoader().loadText("imported.yaml", EstateYamlWriter.write(imported));
        } catch (ImportException expected) {
            // LifeTime's answer refused with a message: exit 2
        } catch (EstateInputException e) {
            throw new IllegalStateException("an accepted import does not load: " + e.getMessage(), e);
        }
    }
}
