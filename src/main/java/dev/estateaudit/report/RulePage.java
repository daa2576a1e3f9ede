package dev.estateaudit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built-in rule's documentation page, docs/rules/&lt;id&gt;.md, packaged in the jar, read as
 * plain text for terminals and SARIF: headings stay, Markdown's inline marks go.
 */
public final class RulePage {

    static final String RESOURCE_FOLDER = "/dev/estateaudit/rules-docs/";
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");
    static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*|__([^_]+)__");
    static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final String markdown;

    RulePage(String markdown) {
        this.markdown = markdown.replace("\r\n", "\n");
    }

    /** The page of a built-in rule, if the jar has one. */
    public static Optional<RulePage> of(String ruleId) {
        if (!RULE_ID.matcher(ruleId).matches()) {
            return Optional.empty();
        }
        try (InputStream in = RulePage.class.getResourceAsStream(RESOURCE_FOLDER + ruleId + ".md")) {
            return in == null ? Optional.empty() : Optional.of(new RulePage(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String markdown() {
        return markdown;
    }

    /** The page from its first section on, without the id, title and severity that open it (explain prints them itself). */
    public RulePage sections() {
        int firstSection = markdown.indexOf("\n## ");
        return firstSection < 0 ? this : new RulePage(markdown.substring(firstSection + 1));
    }

    /**
     * The page without Markdown's marks: links become "text (url)", inline code and emphasis plain,
     * fenced code blocks lose their fences and are indented by four spaces, headings stay.
     */
    public String plain() {
        StringBuilder sb = new StringBuilder();
        boolean inCode = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.trim().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            sb.append(inCode ? "    " + line : inline(line)).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String inline(String line) {
        String text = LINK.matcher(line).replaceAll("$1 ($2)");
        text = STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
        return CODE.matcher(text).replaceAll("$1");
    }

    /**
     * The page for a terminal: headings, tables, code and emphasis rendered ({@link TerminalMarkdown}),
     * with colour or without ({@code NO_COLOR}, a terminal that shows no escape sequences), its
     * paragraphs reflowed to {@code width} columns (0: as the page breaks them).
     */
    public String forTerminal(boolean colour, int width) {
        return new TerminalMarkdown(colour, width).render(markdown);
    }

    /** The plain text of the section under "## heading", joined into one paragraph; empty if absent. */
    public String section(String heading) {
        List<String> lines = new ArrayList<>();
        boolean inside = false;
        for (String line : plain().split("\n")) {
            if (line.startsWith("#")) {
                inside = line.replaceFirst("^#+\\s*", "").trim().equalsIgnoreCase(heading);
            } else if (inside && !line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return String.join(" ", lines);
    }
}
