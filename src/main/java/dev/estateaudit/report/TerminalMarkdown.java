package dev.estateaudit.report;

import dev.estateaudit.util.WrappingWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's page as a terminal shows it (explain, when standard output is a terminal): headings as
 * headings (bold and underlined with colour, ruled underneath without), pipe tables as aligned
 * columns under a ruled header (or, wider than the terminal, one block of "header: value" lines
 * per row), code blocks indented, inline code and emphasis marked with colour or simply unmarked,
 * links as "text (url)". A pipe gets {@link RulePage#plain()} instead.
 */
final class TerminalMarkdown {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern ESCAPE = Pattern.compile("\u001b\\[[0-9;]*m");

    /** A list item starts a paragraph of its own. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d+\\.)\\s.*");

    private final boolean colour;
    private final int width;

    /** {@code width}: the terminal's columns, to which paragraphs are reflowed; 0 keeps the page's own line breaks. */
    TerminalMarkdown(boolean colour, int width) {
        this.colour = colour;
        this.width = width;
    }

    String render(String markdown) {
        StringBuilder out = new StringBuilder();
        List<String> table = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        boolean inCode = false;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            if (!inCode && line.startsWith("|")) {
                paragraph(paragraph, out);
                table.add(line);
                continue;
            }
            table(table, out);
            Matcher heading = HEADING.matcher(line);
            if (!inCode && !line.isBlank() && !line.trim().startsWith("```") && !heading.matches()) {
                if (ITEM.matcher(line).matches()) {
                    paragraph(paragraph, out);
                }
                paragraph.add(line);
                continue;
            }
            paragraph(paragraph, out);
            if (line.trim().startsWith("```")) {
                inCode = !inCode;
            } else if (inCode) {
                out.append("    ").append(mark("36", line)).append('\n');
            } else {
                out.append(heading.matches() ? heading(inline(heading.group(2))) : line).append('\n');
            }
        }
        table(table, out);
        paragraph(paragraph, out);
        return out.substring(0, Math.max(0, out.length() - 1));
    }

    /** A paragraph's lines, joined and broken again at the terminal's width (code keeps its lines). */
    private void paragraph(List<String> lines, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        if (width == 0) {
            lines.forEach(line -> out.append(inline(line)).append('\n'));
        } else {
            String joined = lines.get(0).stripTrailing() + lines.subList(1, lines.size()).stream()
                    .map(line -> " " + line.strip()).collect(java.util.stream.Collectors.joining());
            out.append(WrappingWriter.wrap(inline(joined), width)).append('\n');
        }
        lines.clear();
    }

    private String heading(String text) {
        return colour ? mark("1;4", text) : text + "\n" + "-".repeat(width(text));
    }

    /** Rows of cells, padded to each column's widest cell, the header set apart by a rule; the Markdown separator row goes. */
    private void table(List<String> rows, StringBuilder out) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        boolean header = rows.size() > 1 && TABLE_RULE.matcher(rows.get(1).trim()).matches();
        for (String row : rows) {
            if (!TABLE_RULE.matcher(row.trim()).matches()) {
                cells.add(cells(row));
            }
        }
        int columns = cells.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        int total = Arrays.stream(widths).sum() + 2 * Math.max(0, columns - 1);
        if (header && cells.size() > 1 && width > 0 && total > width) {
            rowsAsBlocks(cells, out);
            rows.clear();
            return;
        }
        for (int r = 0; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = c < row.size() ? row.get(c) : "";
                String shown = header && r == 0 ? mark("1", cell) : cell;
                line.append(shown).append(c == columns - 1 ? "" : " ".repeat(widths[c] - width(cell) + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
            if (header && r == 0) {
                out.append("-".repeat(total)).append('\n');
            }
        }
        rows.clear();
    }

    /**
     * A table too wide for the terminal: each row a block of its cells, each after its column's
     * header ("source: release notes 11.21.0"), the first flush and the others indented under it,
     * wrapped to the width with each continuation further in; empty cells are left out. A blank line comes between rows, except
     * before a row whose first cell is empty: it goes on with the row above (another version of
     * the same engine, say).
     */
    private void rowsAsBlocks(List<List<String>> cells, StringBuilder out) {
        List<String> headers = cells.get(0);
        for (int r = 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (r > 1 && !row.isEmpty() && !row.get(0).isBlank()) {
                out.append('\n');
            }
            for (int c = 0; c < row.size(); c++) {
                if (row.get(c).isBlank()) {
                    continue;
                }
                String name = c < headers.size() && !headers.get(c).isBlank() ? mark("1", headers.get(c)) + ": " : "";
                // the first cell flush, the others under it; each continues further in than the cells start
                out.append(WrappingWriter.wrap((c == 0 ? "" : "  ") + name + row.get(c), width, c == 0 ? 4 : 6)).append('\n');
            }
        }
    }

    private List<String> cells(String row) {
        String inner = row.trim();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(inline(cell.trim().replace("\\|", "|")));
        }
        return cells;
    }

    private String inline(String line) {
        String text = RulePage.LINK.matcher(line).replaceAll("$1 ($2)");
        text = RulePage.STRONG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(mark("1", m.group(1) != null ? m.group(1) : m.group(2))));
        return RulePage.CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(mark("36", m.group(1))));
    }

    private String mark(String code, String text) {
        return colour ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    private static int width(String text) {
        return ESCAPE.matcher(text).replaceAll("").length();
    }
}
