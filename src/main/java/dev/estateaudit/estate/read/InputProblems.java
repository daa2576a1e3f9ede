package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.estateaudit.estate.read.guard.CharacterRefused;
import dev.estateaudit.estate.read.guard.InputLimits;
import dev.estateaudit.util.TerminalText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Every problem found in one small input file (a waiver file, a config, a baseline), so that one
 * run names them all at their lines, as estate files do ({@link EstateProblems#LIMIT} at most).
 */
public final class InputProblems {

    /** Characters of a file's own text a message quotes when the file is not what it should be. */
    public static final int QUOTED_FROM_A_WRONG_FILE = 40;

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    public InputProblems(String file) {
        this.file = file;
    }

    /** A problem at a line (0 or less: the file as a whole). */
    public void add(int line, String message) {
        problems.add(new Problem(line, (line > 0 ? file + ":" + line : file) + ": " + message));
    }

    public void add(JsonLocation at, String message) {
        add(at == null ? 0 : at.getLineNr(), message);
    }

    /**
     * A problem that stopped the reading: a syntax error, a limit, an alias. What the parser says
     * may quote the file's text (the first line of a file that is not a config at all, say): at
     * most {@link #QUOTED_FROM_A_WRONG_FILE} escaped characters of each quotation are kept.
     */
    public void add(JsonProcessingException e, String syntax) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputLimits.Refused refused) {
                add(refused.getLocation(), refused.getOriginalMessage());
                return;
            }
            if (t instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                Mark mark = yaml.getProblemMark();
                add(mark.getLine() + 1, (yaml instanceof CharacterRefused ? "" : "YAML syntax error: ")
                        + clipQuotations(BindingMessages.firstLine(yaml.getProblem())));
                return;
            }
        }
        if (e instanceof JsonMappingException mapping && !(mapping.getCause() instanceof StreamReadException)) {
            // a value of the wrong kind: the field and what it needs, never Jackson's Java types
            add(e.getLocation(), fieldPath(mapping) + ": " + clipQuotations(BindingMessages.simplify(
                    BindingMessages.firstLine(e.getOriginalMessage()))));
            return;
        }
        String undecodable = CharacterRefused.undecodableJson(e.getOriginalMessage());
        String parserSays = BindingMessages.firstLine(e.getOriginalMessage());
        String number = BindingMessages.number(parserSays);
        add(e.getLocation(), undecodable != null ? undecodable : number != null ? clipQuotations(number) : syntax + " syntax error: "
                + clipQuotations(parserSays.replaceAll(" \\(for [A-Za-z]+ starting at .*$", "")));
    }

    /** Where in the file a binding problem is, as {@code environments[0].name}; "(top level)" for the root. */
    public static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(top level)" : path.toString();
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws every problem, by line, when there is any. */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(Problem::line));
        List<String> lines = new ArrayList<>();
        sorted.subList(0, Math.min(EstateProblems.LIMIT, sorted.size())).forEach(p -> lines.add(p.text()));
        if (sorted.size() > EstateProblems.LIMIT) {
            lines.add((sorted.size() - EstateProblems.LIMIT) + " more problems not listed: fix these and run again");
        }
        throw new EstateInputException(lines);
    }

    /** Every 'quoted' part of a parser's message cut to {@link #QUOTED_FROM_A_WRONG_FILE} escaped characters. */
    public static String clipQuotations(String message) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int open = message.indexOf('\'', from);
            int close = open < 0 ? -1 : message.indexOf('\'', open + 1);
            if (close < 0) {
                return out.append(TerminalText.escape(message.substring(from))).toString();
            }
            out.append(TerminalText.escape(message.substring(from, open)))
                    .append(TerminalText.quote(message.substring(open + 1, close), QUOTED_FROM_A_WRONG_FILE));
            from = close + 1;
        }
    }
}
