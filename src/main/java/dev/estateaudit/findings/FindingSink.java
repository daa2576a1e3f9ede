package dev.estateaudit.findings;

import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.Positioned;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.Version;
import dev.estateaudit.estate.Zone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The DRL global {@code findings}: rules report what they found through it.
 * <pre>
 * findings.report(kcontext, "message").environment($env).module($m).evidence("module.debugMode", true);
 * findings.notEvaluated(kcontext, "module.debugMode").environment($env).module($m);
 * </pre>
 * The rule's id, severity, title and remediation come from the rule's metadata through
 * {@code kcontext}, so a consequence never repeats them.
 */
public final class FindingSink {

    /** The name every rule file declares the global under. */
    public static final String GLOBAL = "findings";

    private final Function<Rule, RuleDescriptor> describe;
    private final List<Entry> findings = new ArrayList<>();
    private final List<Entry> notEvaluated = new ArrayList<>();

    public FindingSink(Function<Rule, RuleDescriptor> describe) {
        this.describe = describe;
    }

    public Entry report(RuleContext kcontext, String message) {
        Entry entry = new Entry(describe.apply(kcontext.getRule()), message, List.of());
        findings.add(entry);
        return entry;
    }

    public Entry notEvaluated(RuleContext kcontext, String... missing) {
        Entry entry = new Entry(describe.apply(kcontext.getRule()), null, List.of(missing));
        notEvaluated.add(entry);
        return entry;
    }

    public List<Finding> findings() {
        return findings.stream().map(Entry::toFinding).toList();
    }

    public List<NotEvaluated> notEvaluated() {
        return notEvaluated.stream().map(e -> new NotEvaluated(e.rule, e.subject(), e.missing)).toList();
    }

    /** A finding under construction; the subject setters may be chained in any order. */
    public static final class Entry {
        private RuleDescriptor rule;
        private final String message;
        private final List<String> missing;
        private final Map<String, Object> evidence = new LinkedHashMap<>();
        private String environment;
        private String module;
        private String zone;
        private String frontEnd;
        private SourcePosition position;
        private int specificity = -1;
        private String key;

        private Entry(RuleDescriptor rule, String message, List<String> missing) {
            this.rule = rule;
            this.message = message;
            this.missing = missing;
        }

        public Entry environment(EstateEnvironment environment) {
            this.environment = environment.getName();
            return at(environment, 0);
        }

        public Entry zone(Zone zone) {
            this.environment = zone.getEnvironment();
            this.zone = zone.getName();
            return at(zone, 1);
        }

        public Entry frontEnd(FrontEnd frontEnd) {
            this.environment = frontEnd.getEnvironment();
            this.zone = frontEnd.getZone();
            this.frontEnd = frontEnd.getName();
            return at(frontEnd, 2);
        }

        public Entry module(EstateModule module) {
            this.environment = module.getEnvironment();
            this.module = module.getName();
            return at(module, 2);
        }

        /**
         * Names the subject directly, for facts that are not estate objects (a waiver, say);
         * null fields do not apply.
         */
        public Entry subject(String environmentName, String moduleName, String zoneName, String frontEndName) {
            this.environment = environmentName;
            this.module = moduleName;
            this.zone = zoneName;
            this.frontEnd = frontEndName;
            return this;
        }

        /**
         * Tells two findings of this rule on the same subject apart in their fingerprints (two broken
         * references of one module, say): give what differs, e.g. the missing module's name.
         */
        public Entry key(String distinguishing) {
            this.key = distinguishing;
            return this;
        }

        /**
         * Reports this finding at a lower severity than the rule's {@code @severity}, for a verdict
         * that grades with time (an end of support ahead is a warning, one passed an error). The
         * rule's own severity stays its highest, as the rule list and SARIF's rule metadata show it.
         */
        public Entry severity(String label) {
            Severity lowered = Severity.parse(label);
            if (!rule.severity().atLeast(lowered)) {
                throw new IllegalArgumentException("rule " + rule.id() + ": a finding may be reported below the rule's severity ("
                        + rule.severity().label() + "), not above it: " + lowered.label());
            }
            rule = new RuleDescriptor(rule.id(), lowered, rule.title(), rule.remediation(), rule.category(), rule.source(),
                    rule.metadata());
            return this;
        }

        /** Places an estate-level finding at the object it is about (the LifeTime or upgrade block, say). */
        public Entry at(Positioned source) {
            return at(source, -1);
        }

        /** Records a fact that matched; versions and timestamps are shown as text. */
        public Entry evidence(String key, Object value) {
            evidence.put(key, value instanceof Version || value instanceof Instant || value instanceof Enum<?>
                    ? String.valueOf(value) : value);
            return this;
        }

        /** As {@link #evidence}, but an absent (null) value is left out rather than shown as {@code null}. */
        public Entry evidenceIfStated(String key, Object value) {
            return value == null ? this : evidence(key, value);
        }

        private Entry at(Positioned source, int level) {
            if (source.getPosition() != null && (position == null || level >= specificity)) {
                position = source.getPosition();
                specificity = level;
            }
            return this;
        }

        private Subject subject() {
            return new Subject(environment, module, zone, frontEnd, position);
        }

        private Finding toFinding() {
            Subject subject = subject();
            return new Finding(rule, message, subject, evidence, Fingerprint.of(rule.id(), subject, key));
        }
    }
}
