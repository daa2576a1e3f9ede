package dev.estateaudit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown the plan's steps are written in (`code` and **bold**): split into its runs
 * ({@link #spans}), so that each output keeps only the markup made here. The HTML plan escapes each
 * run's text and wraps code and bold in their tags ({@link #toHtml}); the Markdown plan escapes the
 * plain and bold runs and keeps the code spans as code ({@link Markdown#inline}). A value from the
 * estate with angle brackets, quotes or Markdown marks of its own stays text.
 */
final class InlineMarkdown {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    /** What a run of the text is. */
    enum Kind { PLAIN, CODE, BOLD }

    /** A run of the text, without its marks. */
    record Span(Kind kind, String text) {
    }

    private InlineMarkdown() {
    }

    /** The text's runs in order: code spans first (bold marks inside code are code), then bold among the rest. */
    static List<Span> spans(String markdown) {
        List<Span> spans = new ArrayList<>();
        split(markdown, CODE, Kind.CODE, spans, (text, into) -> split(text, BOLD, Kind.BOLD, into, InlineMarkdown::plain));
        return spans;
    }

    /** The runs {@code marks} finds as {@code kind}; what lies between them goes to {@code between}. */
    private static void split(String text, Pattern marks, Kind kind, List<Span> spans, BiConsumer<String, List<Span>> between) {
        Matcher mark = marks.matcher(text);
        int at = 0;
        while (mark.find()) {
            between.accept(text.substring(at, mark.start()), spans);
            spans.add(new Span(kind, mark.group(1)));
            at = mark.end();
        }
        between.accept(text.substring(at), spans);
    }

    private static void plain(String text, List<Span> spans) {
        if (!text.isEmpty()) {
            spans.add(new Span(Kind.PLAIN, text));
        }
    }

    static String toHtml(String markdown) {
        StringBuilder html = new StringBuilder();
        for (Span span : spans(markdown)) {
            String text = escape(span.text());
            html.append(switch (span.kind()) {
                case PLAIN -> text;
                case CODE -> "<code>" + text + "</code>";
                case BOLD -> "<b>" + text + "</b>";
            });
        }
        return html.toString();
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
