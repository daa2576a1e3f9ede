package dev.estateaudit.knowledge;

/** A major version and the documents to read before crossing it. */
public record MajorRelease(int major, DocumentSource breakingChanges, DocumentSource whatsNew) {
    public int getMajor() { return major; }
    public DocumentSource getBreakingChanges() { return breakingChanges; }
    public DocumentSource getWhatsNew() { return whatsNew; }
}
