package dev.estateaudit.findings;

import java.util.List;

/** A rule that could not decide for a subject because facts it reads are absent: never a silent pass. */
public record NotEvaluated(RuleDescriptor rule, Subject subject, List<String> missing) {

    public NotEvaluated {
        missing = List.copyOf(missing);
    }

    public String ruleId() {
        return rule.id();
    }
}
