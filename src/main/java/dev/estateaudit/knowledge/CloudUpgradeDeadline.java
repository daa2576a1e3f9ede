package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;
import java.time.LocalDate;

/**
 * OutSystems' plan to upgrade every OutSystems Cloud environment of a major to at least
 * {@code minimumVersion} by a date (customers may reschedule). {@code lifetimeVersion} and
 * {@code operatingSystem}, when known, are what the same plan brings.
 */
public record CloudUpgradeDeadline(int major, Version minimumVersion, String lifetimeVersion, String operatingSystem,
                                   LocalDate by, DocumentSource source) {
    public int getMajor() { return major; }
    public Version getMinimumVersion() { return minimumVersion; }
    public String getLifetimeVersion() { return lifetimeVersion; }
    public String getOperatingSystem() { return operatingSystem; }
    public LocalDate getBy() { return by; }
    public DocumentSource getSource() { return source; }
}
