package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * The lowest version of a runtime the Platform Server needs from {@code since} until (excluding)
 * {@code until}; {@code minimumText} as the source writes it ("2015-2022", "8.0").
 */
public record RuntimePrerequisite(RuntimeComponent component, Version minimum, String minimumText, Version since,
                                  Version until, String note, DocumentSource source) {
    public RuntimeComponent getComponent() { return component; }
    public Version getMinimum() { return minimum; }
    public String getMinimumText() { return minimumText; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }
}
