package dev.estateaudit.report;

/** The one Markdown escape of every Markdown output (report, plan, readiness matrix). */
final class Markdown {

    private Markdown() {
    }

    /** Text from the estate or a rule, made inert: no HTML, no Markdown emphasis, code, links, headings or tables. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(text).toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\n', '\r' -> sb.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
