package dev.estateaudit.importer;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.util.HiddenText;
import dev.estateaudit.util.TerminalText;
import dev.estateaudit.util.ToolVersion;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an imported estate as an estate file with comments for its reader: a header saying where
 * the data came from, when, and what an overlay must add, and notes above the environments they
 * concern. Written by hand rather than by Jackson's YAML generator, which cannot write comments;
 * every text value is a double-quoted YAML scalar escaped as JSON, which YAML accepts as is.
 * Fields come in a fixed order and lines end in "\n", so one input gives one byte-identical file.
 */
public final class EstateYamlWriter {

    private final StringBuilder out = new StringBuilder();

    public static String write(ImportedEstate imported) {
        return new EstateYamlWriter().render(imported);
    }

    private String render(ImportedEstate imported) {
        Estate estate = imported.estate();
        comment("", "Estate file imported by " + ToolVersion.NAME + " " + ToolVersion.get() + " (estate-audit import)");
        comment("", "Source: " + imported.source());
        comment("", "Imported at: " + DateTimeFormatter.ISO_INSTANT.format(imported.settings().importedAt()
                .truncatedTo(ChronoUnit.SECONDS)));
        comment("", "");
        comment("", "Not in LifeTime's API, so not imported: give these in an overlay file (see samples/overlay.yaml)");
        comment("", "and audit both with: estate-audit check THIS-FILE.yaml overlay.yaml");
        comment("", "Until then the audit lists the rules that need them as \"not evaluated\".");
        for (String line : imported.header()) {
            comment("", "- " + line);
        }
        line("", "name: " + quote(estate.getName()));
        if (estate.getLifetime() != null) {
            line("", "lifetime:");
            line("  ", "platformVersion: " + quote(estate.getLifetime().getPlatformVersion().toString()));
        }
        line("", "environments:");
        boolean first = true;
        for (EstateEnvironment environment : estate.getEnvironments()) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            for (String note : imported.environmentNotes().getOrDefault(environment.getName(), List.of())) {
                comment("  ", note);
            }
            environment(environment);
        }
        return out.toString();
    }

    private void environment(EstateEnvironment environment) {
        line("  ", "- name: " + quote(environment.getName()));
        String in = "    ";
        line(in, "role: " + label(environment.getRole()));
        if (environment.getOrder() != null) {
            line(in, "order: " + environment.getOrder());
        }
        line(in, "platformVersion: " + quote(environment.getPlatformVersion().toString()));
        if (environment.getPurpose() != null) {
            line(in, "purpose: " + label(environment.getPurpose()));
        }
        if (environment.getHosting() != null) {
            line(in, "hosting: " + label(environment.getHosting()));
        }
        if (environment.getFrontEndCount() != null) {
            line(in, "frontEndCount: " + environment.getFrontEndCount());
        }
        if (environment.getApplicationServer() != null) {
            line(in, "applicationServer: " + label(environment.getApplicationServer()));
        }
        if (environment.getDatabaseProvider() != null) {
            line(in, "databaseProvider: " + label(environment.getDatabaseProvider()));
        }
        if (!environment.getModules().isEmpty()) {
            line(in, "modules:");
            for (EstateModule module : environment.getModules()) {
                line(in + "  ", "- " + module(module));
            }
        }
    }

    private static String module(EstateModule module) {
        List<String> fields = new ArrayList<>();
        fields.add("name: " + quote(module.getName()));
        if (module.getKind() != null) {
            fields.add("kind: " + label(module.getKind()));
        }
        if (module.getApplication() != null) {
            fields.add("application: " + quote(module.getApplication()));
        }
        if (module.getConsistencyStatus() != null) {
            fields.add("consistencyStatus: " + quote(module.getConsistencyStatus()));
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** Enum labels are plain words (IIS, on-premises, SQLServer), safe unquoted. */
    private static String label(EnumLabels.Labeled value) {
        return value.label();
    }

    /**
     * A text value as this writer and init --from write it: a double-quoted YAML scalar escaped as
     * JSON. A value holding a line break only YAML sees (U+0085, U+2028, U+2029) or half of a UTF-16
     * pair cannot be written so that estate-audit reads it back, escaped or not (every reader
     * refuses them, since they hide text), so the answer is refused, exit 2, rather than changed.
     */
    public static String quote(String text) {
        int hidden = HiddenText.first(text);
        if (hidden >= 0) {
            throw new ImportException(TerminalText.quote(text, 80) + " cannot be written faithfully: it holds "
                    + HiddenText.describe(text, hidden) + " at character " + (hidden + 1) + ", which no estate file may hold");
        }
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }

    private void comment(String indent, String text) {
        // A line break inside a name from LifeTime must not end the comment and start YAML: control
        // characters become spaces, and so do the line breaks only YAML sees and halves of UTF-16 pairs.
        StringBuilder flat = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                flat.append(c).append(text.charAt(++i));
            } else {
                flat.append(Character.isISOControl(c) || HiddenText.hiddenLineBreak(c) || Character.isSurrogate(c) ? ' ' : c);
            }
        }
        String line = flat.toString().stripTrailing();
        out.append(indent).append(line.isEmpty() ? "#" : "# " + line).append('\n');
    }

    private void line(String indent, String text) {
        out.append(indent).append(text).append('\n');
    }
}
