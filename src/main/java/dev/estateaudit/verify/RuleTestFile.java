package dev.estateaudit.verify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.estateaudit.estate.LifeTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of rule tests: estates and the findings the rules must produce on them. The built-in
 * rules are tested with these files (src/test/resources/rules/), and users test their own rules
 * with the same format.
 * <pre>
 * rules: [lifetime-outdated]        # findings of these rules must equal `expect`, exactly
 * tests:
 *   - name: fires when an environment is newer than LifeTime
 *     estate: {name: ..., environments: [...]}   # inline, or estateFile: relative/path.yaml
 *     expect:
 *       - {rule: lifetime-outdated, environment: Development}
 *     notEvaluated:                  # optional: then these must equal the rules' not-evaluated entries
 *       - {rule: lifetime-outdated, environment: Development, missing: [lifetime.platformVersion]}
 *     absent:                        # optional: findings of any rule that must not appear
 *       - {rule: lifetime-outdated, environment: Production}
 *     waivers:                       # optional: waivers as in a waiver file, judged as of asOf
 *       - {rule: lifetime-outdated, justification: ..., owner: ..., expires: 2026-12-31}
 *     asOf: 2026-12-20               # the day support ends and waivers are judged as of (default: verify's
 *                                    # --as-of, else today); required with waivers, so the test does not change with the calendar
 *     waiverWarningDays: 14          # optional, default 14
 * </pre>
 */
public class RuleTestFile {

    private List<String> rules = new ArrayList<>();
    private List<TestCase> tests = new ArrayList<>();

    public List<String> getRules() { return rules; }
    public void setRules(List<String> rules) { this.rules = rules == null ? new ArrayList<>() : rules; }
    public List<TestCase> getTests() { return tests; }
    public void setTests(List<TestCase> tests) { this.tests = tests == null ? new ArrayList<>() : tests; }

    /** One estate and what the rules must find on it. */
    public static class TestCase {
        private String name;
        private JsonNode estate;
        private String estateFile;
        private List<Expectation> expect = new ArrayList<>();
        private List<Expectation> notEvaluated;
        private List<Expectation> absent = new ArrayList<>();
        private JsonNode waivers;
        private String asOf;
        private Integer waiverWarningDays;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public JsonNode getEstate() { return estate; }
        public void setEstate(JsonNode estate) { this.estate = estate; }
        public String getEstateFile() { return estateFile; }
        public void setEstateFile(String estateFile) { this.estateFile = estateFile; }
        public List<Expectation> getExpect() { return expect; }
        public void setExpect(List<Expectation> expect) { this.expect = expect == null ? new ArrayList<>() : expect; }
        public List<Expectation> getNotEvaluated() { return notEvaluated; }
        public void setNotEvaluated(List<Expectation> notEvaluated) { this.notEvaluated = notEvaluated; }
        public List<Expectation> getAbsent() { return absent; }
        public void setAbsent(List<Expectation> absent) { this.absent = absent == null ? new ArrayList<>() : absent; }
        public JsonNode getWaivers() { return waivers; }
        public void setWaivers(JsonNode waivers) { this.waivers = waivers; }
        public String getAsOf() { return asOf; }
        public void setAsOf(String asOf) { this.asOf = asOf; }
        public Integer getWaiverWarningDays() { return waiverWarningDays; }
        public void setWaiverWarningDays(Integer waiverWarningDays) { this.waiverWarningDays = waiverWarningDays; }
    }

    /**
     * A finding (or not-evaluated entry) by rule and subject; absent subject fields must be absent.
     * {@code waived: true} expects the finding waived (a waived finding is not matched without it).
     */
    public record Expectation(String rule, String environment, String module, String zone,
                              @JsonProperty("frontEnd") String frontEnd, List<String> missing, Boolean waived) {

        public Expectation(String rule, String environment, String module, String zone, String frontEnd, List<String> missing) {
            this(rule, environment, module, zone, frontEnd, missing, null);
        }

        /** The canonical one-line form used in diffs, e.g. "lifetime-outdated @ Development". */
        public String describe() {
            StringBuilder sb = new StringBuilder(rule == null ? "?" : rule).append(" @ ");
            List<String> parts = new ArrayList<>();
            if (environment != null) parts.add("environment=" + environment);
            if (zone != null) parts.add("zone=" + zone);
            if (frontEnd != null) parts.add("frontEnd=" + frontEnd);
            if (module != null) parts.add("module=" + module);
            sb.append(parts.isEmpty() ? "estate" : String.join(", ", parts));
            if (missing != null && !missing.isEmpty()) {
                sb.append(" missing ").append(String.join(", ", missing));
            }
            if (Boolean.TRUE.equals(waived)) {
                sb.append(" (waived)");
            }
            return sb.toString();
        }

        Expectation withRule(String defaultRule) {
            return rule != null ? this : new Expectation(defaultRule, environment, module, zone, frontEnd, missing, waived);
        }
    }
}
