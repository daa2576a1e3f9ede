package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * What republishing an upgrade from a version in [sourceFrom, sourceUntil) to a target in
 * [targetFrom, targetUntil) asks for. Absent bounds are open.
 */
public record RepublishRequirement(RepublishLevel level, Version sourceFrom, Version sourceUntil, Version targetFrom,
                                   Version targetUntil, String reason, DocumentSource source) {
    public RepublishLevel getLevel() { return level; }
    public Version getSourceFrom() { return sourceFrom; }
    public Version getSourceUntil() { return sourceUntil; }
    public Version getTargetFrom() { return targetFrom; }
    public Version getTargetUntil() { return targetUntil; }
    public String getReason() { return reason; }
    public DocumentSource getSource() { return source; }
    public boolean isAction() { return level != RepublishLevel.BACKGROUND; }
}
