package dev.estateaudit.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown the plan's steps are written in (`code` and **bold**), as HTML for the plan
 * page. The text is escaped first, so only the markup made here is markup: a value from the
 * estate with angle brackets or quotes stays text.
 */
final class InlineMarkdown {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private InlineMarkdown() {
    }

    static String toHtml(String markdown) {
        String escaped = escape(markdown);
        StringBuilder html = new StringBuilder();
        Matcher code = CODE.matcher(escaped);
        int at = 0;
        while (code.find()) {
            html.append(bold(escaped.substring(at, code.start()))).append("<code>").append(code.group(1)).append("</code>");
            at = code.end();
        }
        return html.append(bold(escaped.substring(at))).toString();
    }

    private static String bold(String text) {
        return BOLD.matcher(text).replaceAll("<b>$1</b>");
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
