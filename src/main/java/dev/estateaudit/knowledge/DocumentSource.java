package dev.estateaudit.knowledge;

/** The OutSystems document a catalogue fact comes from. */
public record DocumentSource(String title, String url) {
    public String getTitle() { return title; }
    public String getUrl() { return url; }

    @Override
    public String toString() {
        return title + " <" + url + ">";
    }
}
