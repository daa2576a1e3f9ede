package dev.estateaudit.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats {@code check} can write. */
public enum ReportFormat {
    TEXT("txt"),
    JSON("json"),
    SARIF("sarif"),
    JUNIT("xml"),
    MARKDOWN("md"),
    HTML("html"),
    /** GitHub Actions workflow commands: an annotation per finding. */
    GITHUB("log"),
    /** Azure Pipelines logging commands: an issue per error or warning finding. */
    AZURE("log");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String extension() {
        return extension;
    }

    /** A renderer for this format; colour applies to the text format on a terminal only. */
    public ReportRenderer renderer(boolean colour) {
        return renderer(colour, SarifOptions.defaults());
    }

    /** As {@link #renderer(boolean)}, with how the SARIF report names files and limits its results. */
    public ReportRenderer renderer(boolean colour, SarifOptions sarif) {
        return renderer(colour, sarif, false);
    }

    /**
     * As {@link #renderer(boolean, SarifOptions)}; {@code listEvery} makes the text report list every
     * finding of a rule that fires many times in one environment (the other formats always do).
     */
    public ReportRenderer renderer(boolean colour, SarifOptions sarif, boolean listEvery) {
        return switch (this) {
            case TEXT -> new TextReport(colour, listEvery);
            case JSON -> new JsonReport();
            case SARIF -> new SarifReport(sarif);
            case JUNIT -> new JunitReport();
            case MARKDOWN -> new MarkdownReport();
            case HTML -> new HtmlReport();
            case GITHUB -> new GithubAnnotations();
            case AZURE -> new AzureAnnotations();
        };
    }

    public static ReportFormat parse(String text) {
        for (ReportFormat f : values()) {
            if (f.label().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; expected one of "
                + Arrays.stream(values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
    }
}
