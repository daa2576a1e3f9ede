package dev.estateaudit.knowledge;

/** A documented upgrade procedure the plan links to, by name (upgradeGuide, zeroDowntime, ...). */
public record UpgradeProcedure(String name, DocumentSource source) {
    public String getName() { return name; }
    public DocumentSource getSource() { return source; }
}
