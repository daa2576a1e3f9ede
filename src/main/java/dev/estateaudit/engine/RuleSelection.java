package dev.estateaudit.engine;

import dev.estateaudit.util.Suggestions;
import dev.estateaudit.util.TerminalText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * Which rules run: {@code --only} and {@code --skip} patterns (ids, or globs with {@code *} and
 * {@code ?}). One mechanism for the audit, the waiver review and rule tests alike: an agenda filter
 * inside Drools, so a deselected rule never fires (and its not-evaluated companions are deselected
 * with it), rather than its findings being hidden afterwards. Internal rules, which infer facts
 * for the others, always fire.
 */
public final class RuleSelection {

    public static final RuleSelection ALL = new RuleSelection(List.of(), List.of());

    private final List<String> only;
    private final List<String> skip;
    private final List<Pattern> onlyPatterns;
    private final List<Pattern> skipPatterns;

    private RuleSelection(List<String> only, List<String> skip) {
        this.only = List.copyOf(only);
        this.skip = List.copyOf(skip);
        this.onlyPatterns = only.stream().map(RuleSelection::glob).toList();
        this.skipPatterns = skip.stream().map(RuleSelection::glob).toList();
    }

    public static RuleSelection of(List<String> only, List<String> skip) {
        return only.isEmpty() && skip.isEmpty() ? ALL : new RuleSelection(only, skip);
    }

    public boolean selects(String ruleId) {
        return (onlyPatterns.isEmpty() || onlyPatterns.stream().anyMatch(p -> p.matcher(ruleId).matches()))
                && skipPatterns.stream().noneMatch(p -> p.matcher(ruleId).matches());
    }

    /** One problem per pattern that matches none of the known rule ids, with the nearest ids. */
    public List<String> problems(Collection<String> knownIds) {
        List<String> problems = new ArrayList<>();
        check("--only", only, onlyPatterns, knownIds, problems);
        check("--skip", skip, skipPatterns, knownIds, problems);
        if (problems.isEmpty() && !knownIds.isEmpty() && knownIds.stream().noneMatch(this::selects)) {
            // a run of no rule finds nothing, and its gate would pass
            problems.add("--only/--skip (" + this + "): the selection leaves no rule to run; a gate over no rule "
                    + "would pass whatever the estate");
        }
        return problems;
    }

    /** A rule id or pattern longer than this is a mistake; suggesting ids for it would cost its length squared. */
    public static final int MAX_PATTERN = 200;

    private static void check(String option, List<String> texts, List<Pattern> patterns, Collection<String> knownIds,
            List<String> problems) {
        for (int i = 0; i < texts.size(); i++) {
            Pattern pattern = patterns.get(i);
            if (texts.get(i).length() > MAX_PATTERN) {
                problems.add(option + " " + TerminalText.quote(texts.get(i), 80) + ": " + texts.get(i).length()
                        + " characters; a rule id or pattern has at most " + MAX_PATTERN);
                continue;
            }
            if (knownIds.stream().noneMatch(id -> pattern.matcher(id).matches())) {
                String text = texts.get(i);
                List<String> nearest = nearest(text.trim(), knownIds);
                problems.add(option + " " + text + ": matches no rule"
                        + (nearest.isEmpty() ? "" : "; did you mean " + String.join(", ", nearest) + "?"));
            }
        }
    }

    /**
     * For an id, the nearest ids; for a glob such as {@code lifetim-*}, the nearest globs made of the
     * ids' beginnings ({@code lifetime-*}), since what was meant is a prefix.
     */
    private static List<String> nearest(String text, Collection<String> knownIds) {
        int wildcard = indexOfWildcard(text);
        if (wildcard < 0) {
            return Suggestions.nearest(text, knownIds, 3);
        }
        String literal = text.substring(0, wildcard);
        Set<String> prefixes = new TreeSet<>();
        knownIds.stream().filter(id -> id.length() >= literal.length()).forEach(id -> prefixes.add(id.substring(0, literal.length())));
        return Suggestions.nearest(literal, prefixes, 3).stream().map(p -> p + text.substring(wildcard)).toList();
    }

    private static int indexOfWildcard(String text) {
        int star = text.indexOf('*');
        int question = text.indexOf('?');
        return star < 0 ? question : question < 0 ? star : Math.min(star, question);
    }

    /** The Drools side: a match fires only when its rule is selected; internal rules always fire. */
    AgendaFilter filter(Function<Rule, String> idOf) {
        return match -> {
            String id = idOf.apply(match.getRule());
            return id == null || selects(id);
        };
    }

    /** Stands for a pattern too long to compile; {@link #problems} refuses it. */
    private static final Pattern MATCHES_NOTHING = Pattern.compile("(?!)");

    private static Pattern glob(String text) {
        if (text.length() > MAX_PATTERN) {
            // Pattern.compile's Boyer-Moore table for a long literal costs its length squared (a
            // 1,000,000-character --only took minutes), so an over-long pattern is never compiled
            return MATCHES_NOTHING;
        }
        StringBuilder regex = new StringBuilder();
        for (char c : text.trim().toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return "only " + only + ", skip " + skip;
    }
}
