package dev.estateaudit.findings;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.engine.AuditEngine;
import dev.estateaudit.estate.read.EstateLoader;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A finding's identity: its rule and subject, never its message, evidence or place in the report. */
class FingerprintTest {

    private static final Subject PRODUCTION = new Subject("Production", null, null, null, null);

    @Test
    void isAShortHexDigestThatDependsOnRuleAndSubjectOnly() {
        String fingerprint = Fingerprint.of("lifetime-outdated", PRODUCTION, null);
        assertThat(fingerprint).matches("[0-9a-f]{32}");
        assertThat(Fingerprint.of("lifetime-outdated", new Subject("Production", null, null, null,
                new dev.estateaudit.estate.SourcePosition("other.yaml", 9, 3)), null))
                .as("the position is not identity").isEqualTo(fingerprint);
        assertThat(Fingerprint.of("target-version-downgrade", PRODUCTION, null)).isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of("lifetime-outdated", new Subject("Quality", null, null, null, null), null)).isNotEqualTo(fingerprint);
        assertThat(Fingerprint.of("lifetime-outdated", PRODUCTION, "Common_CS")).isNotEqualTo(fingerprint);
    }

    @Test
    void isTheSameAcrossReleasesSinceBaselinesKeepIt() {
        // values written by the release that introduced fingerprints' v1 form; a baseline file holds them
        assertThat(Fingerprint.of("lifetime-outdated", new Subject("Production", "Orders_CS", null, "fe-1", null), "Common_CS"))
                .isEqualTo("e719823df8459b1d3d21f8ba27d7fd6c");
        assertThat(Fingerprint.of("r", new Subject("", null, "Zone A", null, null), null))
                .isEqualTo("393d20f03c258661af965275fd6040cf");
    }

    @Test
    void subjectFieldsCannotBeConfusedWithEachOther() {
        assertThat(Fingerprint.of("r", new Subject("A", "B", null, null, null), null))
                .isNotEqualTo(Fingerprint.of("r", new Subject("A", null, "B", null, null), null));
        assertThat(Fingerprint.of("r", new Subject("", null, null, null, null), null))
                .isNotEqualTo(Fingerprint.of("r", Subject.ESTATE, null));
    }

    @Test
    void staysTheSameWhenMessagesAndTheEstatesOrderChange() {
        AuditEngine engine = AuditEngine.builtinOnly();
        AuditResult before = engine.audit(new EstateLoader().loadText("a.yaml", """
                name: E
                lifetime: {platformVersion: "11.29.0", dedicated: true}
                environments:
                  - {name: Development, role: development, platformVersion: "11.30.1"}
                  - {name: Production, role: production, platformVersion: "11.30.1"}
                """));
        AuditResult after = engine.audit(new EstateLoader().loadText("b.yaml", """
                name: E
                lifetime: {platformVersion: "11.29.0", dedicated: true}
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.2"}
                  - {name: Staging, role: quality, platformVersion: "11.29.0"}
                  - {name: Development, role: development, platformVersion: "11.31.0"}
                """));
        assertThat(byEnvironment(after, "lifetime-outdated")).isEqualTo(byEnvironment(before, "lifetime-outdated"));
    }

    @Test
    void aModuleWithTwoBrokenReferencesHasTwoFingerprints() {
        AuditResult result = AuditEngine.builtinOnly().audit(new EstateLoader().loadText("refs.yaml", """
                name: E
                environments:
                  - name: Production
                    role: production
                    platformVersion: "11.30.1"
                    modules:
                      - {name: Orders_UI, references: [Orders_CS, Common_CS]}
                """));
        List<String> fingerprints = result.findings().stream().filter(f -> f.ruleId().equals("broken-module-reference"))
                .map(Finding::fingerprint).toList();
        assertThat(fingerprints).hasSize(2).doesNotHaveDuplicates();
        assertThat(result.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates();
    }

    private static Map<String, String> byEnvironment(AuditResult result, String ruleId) {
        return result.findings().stream().filter(f -> f.ruleId().equals(ruleId))
                .collect(Collectors.toMap(f -> f.subject().environment(), Finding::fingerprint, (a, b) -> a,
                        java.util.TreeMap::new));
    }
}
