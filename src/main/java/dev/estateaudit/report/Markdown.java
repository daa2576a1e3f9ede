package dev.estateaudit.report;

import dev.estateaudit.util.TerminalText;

/** The one Markdown escape of every Markdown output (report, plan, readiness matrix). */
final class Markdown {

    private Markdown() {
    }

    /**
     * Text from the estate or a rule, made inert wherever it lands (a heading, a list item, a table
     * cell): no HTML, no Markdown emphasis, code, links, headings, tables or line breaks of its own,
     * and control characters shown as visible escapes.
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder();
        String value = String.valueOf(text);
        // a value that begins a line could start a list, a rule line or a setext heading
        if (!value.isEmpty() && "-+=".indexOf(value.charAt(0)) >= 0) {
            sb.append('\\');
        }
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\n', '\r' -> sb.append(' ');
                case '\\', '`', '*', '_', '[', ']', '|', '#', '~', '!' -> sb.append('\\').append(c);
                default -> sb.append(TerminalText.unsafe(c, false) ? TerminalText.escape(String.valueOf(c)) : String.valueOf(c));
            }
        }
        return sb.toString();
    }

    /** A rule id shown as code: a backtick would end the span early. */
    static String code(String text) {
        return "`" + TerminalText.escape(String.valueOf(text)).replace('`', '\'') + "`";
    }
}
