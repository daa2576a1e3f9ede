package dev.estateaudit.importer;

import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.Version;
import java.time.Instant;

/**
 * What the user asked of an import.
 *
 * @param estateName the estate's name, or null for one made from the source
 * @param lifetimePlatformVersion LifeTime's own Platform Server version (not in the API), or null
 * @param includeModules whether to read modules and their consistency status
 * @param importedAt the time written in the header (fixed by --as-of for reproducible files)
 */
public record ImportSettings(String estateName, Version lifetimePlatformVersion, boolean includeModules,
                             Instant importedAt) {
}
