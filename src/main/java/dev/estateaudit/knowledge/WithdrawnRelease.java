package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * A release OutSystems withdrew (removed from download) after publishing it; {@code withdrawn} is
 * the date as precisely as the release note gives it (YYYY-MM-DD or YYYY-MM), {@code replacement}
 * the release to take instead.
 */
public record WithdrawnRelease(ReleasedProduct product, Version version, String withdrawn, Version replacement,
                               String note, DocumentSource source) {
    public ReleasedProduct getProduct() { return product; }
    public Version getVersion() { return version; }
    public String getWithdrawn() { return withdrawn; }
    public Version getReplacement() { return replacement; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
