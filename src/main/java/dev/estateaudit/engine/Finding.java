package dev.estateaudit.engine;

import java.util.Collections;
import java.util.Map;

/** One problem a rule found, with the facts that matched as evidence. */
public record Finding(RuleDescriptor rule, String message, Subject subject, Map<String, Object> evidence) {

    public Finding {
        evidence = Collections.unmodifiableMap(evidence);
    }

    public String ruleId() {
        return rule.id();
    }

    public Severity severity() {
        return rule.severity();
    }
}
