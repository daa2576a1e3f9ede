package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.NotEvaluated;
import org.junit.jupiter.api.Test;

/**
 * Every rule judges a version by the settings that version has: an OutSystems 11 estate is never
 * asked for a running mode, and an OutSystems 10 one never for a purpose or an environment debug mode.
 */
class VersionTrueRulesTest {

    private static final AuditEngine ENGINE = AuditEngine.builtinOnly();

    private static AuditResult audit(String yaml) {
        return ENGINE.audit(new EstateLoader().loadText("estate.yaml", yaml));
    }

    @Test
    void anElevenEstateWithNothingStatedIsNeverAskedForARunningMode() {
        AuditResult result = audit("""
                name: Bare 11
                upgrade: {targetVersion: "11.31.0"}
                environments:
                  - name: Development
                    role: development
                    platformVersion: "11.29.0"
                    modules: [{name: A_CS, debugMode: false}, {name: B_CS}]
                  - {name: Quality, role: quality, platformVersion: "11.29.0", modules: [{name: A_CS, debugMode: false}]}
                  - {name: Pre-Production, role: preproduction, platformVersion: "11.29.0", modules: [{name: A_CS, debugMode: true}]}
                  - {name: Production, role: production, platformVersion: "11.29.0", modules: [{name: A_CS, debugMode: true}, {name: B_CS}]}
                """);
        assertThat(result.notEvaluated()).flatExtracting(NotEvaluated::missing)
                .doesNotContain("environment.runningMode", "environment.runningModeChangedAt")
                .contains("environment.purpose", "environment.debugMode");
        assertThat(result.findings()).extracting(Finding::message).noneMatch(m -> m.contains("running mode"));
        assertThat(result.findings()).extracting(Finding::ruleId)
                .contains("debug-mode-in-production", "debug-mode-in-preproduction", "debug-mode-off-in-development")
                .doesNotContain("stale-code-after-mode-change");
    }

    @Test
    void aTenEstateIsNeverAskedForAPurposeOrAnEnvironmentDebugMode() {
        AuditResult result = audit("""
                name: Bare 10
                environments:
                  - {name: Development, role: development, platformVersion: "10.0.1019.0", modules: [{name: A_CS, debugMode: false}]}
                  - {name: Production, role: production, platformVersion: "10.0.1019.0", license: development, modules: [{name: A_CS, debugMode: true}]}
                """);
        assertThat(result.notEvaluated()).flatExtracting(NotEvaluated::missing)
                .doesNotContain("environment.purpose", "environment.debugMode")
                .contains("environment.runningMode");
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("environment-debug-mode-in-production");
    }
}
