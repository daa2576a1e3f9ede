package dev.estateaudit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats {@code plan} writes: text on a terminal by default, else Markdown (a checklist to paste into a tracker). */
public enum PlanFormat {
    MARKDOWN(new MarkdownPlan()),
    JSON(new JsonPlan()),
    TEXT(new TextPlan()),
    HTML(new HtmlPlan());

    private final PlanRenderer renderer;

    PlanFormat(PlanRenderer renderer) {
        this.renderer = renderer;
    }

    public PlanRenderer renderer() {
        return renderer;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlanFormat parse(String text) {
        for (PlanFormat f : values()) {
            if (f.label().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; expected one of "
                + Arrays.stream(values()).map(PlanFormat::label).collect(Collectors.joining(", ")));
    }
}
