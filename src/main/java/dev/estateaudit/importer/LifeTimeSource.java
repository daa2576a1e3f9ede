package dev.estateaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.LifeTime;

/**
 * Where the LifeTime Deployment API v2 answers come from: the live API, or the raw responses that
 * outsystems-pipeline saved. Every method returns the answer's JSON as LifeTime shaped it; an
 * answer of "none" (HTTP 204) is an empty array.
 */
public interface LifeTimeSource {

    /** Says where the data came from, for the estate file's header; never holds credentials. */
    String description();

    /** {@code GET /environments/}: an array of Environment records. */
    JsonNode environments();

    /** {@code GET /environments/{key}/deploymentzones/} for the environment with this key and name. */
    ZoneListing deploymentZones(String environmentKey, String environmentName);

    /** {@code GET /applications/}: an array of Application records (for their names). */
    JsonNode applications();

    /**
     * {@code GET /modules/?IncludeEnvStatus=true}: an array of Module records with their
     * ModuleStatusInEnv lists, or null when this source has no module statuses.
     */
    JsonNode modulesWithStatus();
}
