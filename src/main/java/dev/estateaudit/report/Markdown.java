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

    /**
     * Text written in the plan's inline Markdown (a step, its details and notes): its code spans
     * stay code and its bold stays bold, while everything else, and what is inside the bold, is
     * escaped as {@link #escape} does; so "`upgrade.order`" reads as code, not as "\\`upgrade.order\\`".
     */
    static String inline(String markdown) {
        StringBuilder sb = new StringBuilder();
        for (InlineMarkdown.Span span : InlineMarkdown.spans(String.valueOf(markdown))) {
            sb.append(switch (span.kind()) {
                case PLAIN -> escape(span.text());
                case CODE -> code(span.text().replace('\n', ' ').replace('\r', ' '));
                case BOLD -> "**" + escape(span.text()) + "**";
            });
        }
        return sb.toString();
    }

    /** A rule id shown as code: a backtick would end the span early. */
    static String code(String text) {
        return "`" + TerminalText.escape(String.valueOf(text)).replace('`', '\'') + "`";
    }
}
