package dev.estateaudit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats of {@code check --target-version a,b,c}. */
public enum MatrixFormat {
    TEXT(new TextMatrix()),
    JSON(new JsonMatrix()),
    MARKDOWN(new MarkdownMatrix()),
    HTML(new HtmlMatrix());

    private final MatrixRenderer renderer;

    MatrixFormat(MatrixRenderer renderer) {
        this.renderer = renderer;
    }

    public MatrixRenderer renderer() {
        return renderer;
    }

    public static MatrixFormat parse(String text) {
        for (MatrixFormat f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "' for several targets; expected one of "
                + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
