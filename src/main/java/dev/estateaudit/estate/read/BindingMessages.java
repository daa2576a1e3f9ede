package dev.estateaudit.estate.read;

/** Jackson names Java types; users know the estate's words. */
final class BindingMessages {

    private BindingMessages() {
    }

    static String simplify(String message) {
        return message
                .replaceAll("Cannot deserialize value of type `([^`]*)` from ([A-Za-z ]+?)(?: value)? \\(.*", "expected $1, found $2")
                .replaceAll("Cannot deserialize value of type `([^`]*)` from (.*)", "expected $1, found $2")
                .replaceAll("found Object$", "found a mapping")
                .replaceAll("found Array$", "found a list")
                .replace("java.lang.Integer", "a whole number")
                .replace("java.lang.Boolean", "true or false")
                .replace("java.lang.String", "text")
                .replace("java.time.Instant", "a timestamp such as 2026-05-01T00:00:00Z")
                .replaceAll("java\\.util\\.(Array)?List<.*?>(?=, found)", "a list")
                .replaceAll("`?dev\\.estateaudit\\.estate\\.([A-Za-z]+)`?", "an object ($1)");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable content";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
