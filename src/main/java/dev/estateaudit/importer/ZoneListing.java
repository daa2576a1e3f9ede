package dev.estateaudit.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.LifeTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An environment's deployment zones as LifeTime lists them: names only (the API does not say which
 * front ends serve a zone), or the reason they are unknown.
 */
public record ZoneListing(List<ZoneName> zones, String unavailableBecause) {

    /** A deployment zone's name and whether it is the environment's default zone. */
    public record ZoneName(String name, boolean isDefault) {
        @Override
        public String toString() {
            return isDefault ? name + " (default)" : name;
        }
    }

    public static ZoneListing of(List<ZoneName> zones) {
        return new ZoneListing(List.copyOf(zones), null);
    }

    /** The zones of a deploymentzones answer (an array of DeploymentZone_v2); nameless entries are ignored. */
    static ZoneListing fromAnswer(JsonNode answer) {
        List<ZoneName> names = new ArrayList<>();
        for (JsonNode zone : answer) {
            String name = zone.path("Name").asText("").strip();
            if (!name.isEmpty()) {
                names.add(new ZoneName(name, zone.path("IsDefault").asBoolean(false)));
            }
        }
        return of(names);
    }

    public static ZoneListing unavailable(String reason) {
        return new ZoneListing(List.of(), reason);
    }

    public boolean isAvailable() {
        return unavailableBecause == null;
    }
}
