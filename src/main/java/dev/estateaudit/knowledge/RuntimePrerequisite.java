package dev.estateaudit.knowledge;

import dev.estateaudit.estate.Version;

/**
 * The lowest version of a runtime the Platform Server needs from {@code since} until (excluding)
 * {@code until}; {@code minimumText} as the source writes it ("2015-2022", "8.0"). Where the source
 * names a major line ("the .NET 8.0 Hosting Bundle"), {@code line} holds it and a version of another
 * line does not count; where it names the newest version supported, {@code maximum} holds it.
 */
public record RuntimePrerequisite(RuntimeComponent component, Version minimum, String minimumText, Version line,
                                  Version maximum, Version since, Version until, String note, DocumentSource source) {
    public RuntimeComponent getComponent() { return component; }
    public Version getMinimum() { return minimum; }
    public String getMinimumText() { return minimumText; }
    /** The major line ("8.0") the installed version must belong to; null when any later version will do. */
    public Version getLine() { return line; }
    /** The newest version supported (inclusive); null when the source names none. */
    public Version getMaximum() { return maximum; }
    public Version getSince() { return since; }
    public Version getUntil() { return until; }
    public String getNote() { return note; }
    public DocumentSource getSource() { return source; }

    /** What the requirement asks, for messages: "8.0.0 or later in the 8.0 line", "4.7.2 to 4.8". */
    public String describe() {
        if (maximum != null) {
            return minimumText + " to " + maximum;
        }
        return minimumText + " or later" + (line == null ? "" : " in the " + line + " line");
    }
}
