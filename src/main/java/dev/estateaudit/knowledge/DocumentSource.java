package dev.estateaudit.knowledge;

/**
 * The OutSystems document a catalogue fact comes from: its title, its address and, where the text
 * was read in OutSystems' documentation repositories, the file (null when not recorded).
 */
public record DocumentSource(String title, String url, String path) {
    public DocumentSource(String title, String url) {
        this(title, url, null);
    }

    public String getTitle() { return title; }
    public String getUrl() { return url; }
    public String getPath() { return path; }

    @Override
    public String toString() {
        return title + " <" + url + ">";
    }
}
