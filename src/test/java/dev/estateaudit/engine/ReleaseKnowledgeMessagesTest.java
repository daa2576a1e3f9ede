package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the release-related rules say, against the documents the catalogue cites: the release notes
 * of Release Oct.2019, 11.12.0/11.13.2 and 11.18.0, the side-effects page (11.40.0), and the
 * LifeTime release notes (which Platform Server each LifeTime release bundles).
 */
class ReleaseKnowledgeMessagesTest {

    private static final AuditEngine ENGINE = AuditEngine.builtinOnly();

    private static List<String> messages(String ruleId, String yaml) {
        return ENGINE.audit(new EstateLoader().loadText("estate.yaml", yaml)).findings().stream()
                .filter(f -> f.ruleId().equals(ruleId)).map(Finding::message).toList();
    }

    @Test
    void anUpgradeFromTenCrossesReleaseOctoberTwentyNineteenAndLaterOnesIn11_40_0() {
        assertThat(messages("release-breaking-changes-crossed", """
                name: From 10
                upgrade: {targetVersion: "11.9.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "10.0.1104.0"}
                """)).singleElement().satisfies(m -> assertThat(m)
                .contains("crosses 4 releases").contains("Release Oct.2019: The Oracle managed data provider moves to 19.3.1")
                .containsSubsequence("Sep.2018", "Release Oct.2019", "11.7.0:", "11.9.0:"));
        assertThat(messages("release-breaking-changes-crossed", """
                name: Onto 11.40
                upgrade: {targetVersion: "11.43.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.38.0"}
                """)).singleElement().satisfies(m -> assertThat(m)
                .startsWith("The upgrade from 11.38.0 to 11.43.0 crosses 1 release").contains("11.40.0: PostgreSQL 13 and earlier"));
    }

    @Test
    void anOracleInstallationGoingTo11_12MustPublishEverything() {
        assertThat(messages("republish-all-required", """
                name: Oracle
                upgrade: {targetVersion: "11.12.1"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.11.2", databaseProvider: Oracle}
                """)).singleElement().satisfies(m -> assertThat(m).contains("Upgrading an Oracle installation to Platform Server 11.12.x")
                .contains("not available on Oracle before 11.13.2"));
    }

    @Test
    void lifetimeBehindTheTargetNamesTheLifetimeReleaseThatBringsIt() {
        assertThat(messages("lifetime-behind-target", """
                name: To 11.40
                lifetime: {version: "11.27.4", platformVersion: "11.38.0", dedicated: true}
                upgrade: {targetVersion: "11.40.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.38.0"}
                """)).containsExactly("The upgrade targets Platform Server 11.40.0, but LifeTime's environment runs 11.38.0: LifeTime must be "
                + "upgraded first. LifeTime 11.30.0 is the first release that bundles 11.40.0 or later (11.42.1).");
        // LifeTime 11.16.0 bundled 11.18.0 but was withdrawn: the next release that bundles 11.18.0 or later is named
        assertThat(messages("lifetime-behind-target", """
                name: To 11.18.1
                lifetime: {version: "11.15.1", platformVersion: "11.17.1", dedicated: true}
                upgrade: {targetVersion: "11.18.1"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.17.1"}
                """)).singleElement().satisfies(m -> assertThat(m).endsWith("LifeTime 11.17.2 is the first release that bundles 11.18.1 or later (11.21.0)."));
        // a release that bundles exactly the target
        assertThat(messages("lifetime-behind-target", """
                name: To 11.33.0
                lifetime: {version: "11.25.4", platformVersion: "11.32.0", dedicated: true}
                upgrade: {targetVersion: "11.33.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.32.0"}
                """)).singleElement().satisfies(m -> assertThat(m).endsWith("LifeTime 11.26.0 is the first release that bundles it."));
    }

    @Test
    void aWithdrawnTargetNamesItsReplacementWhateverTheHorizon() {
        assertThat(messages("target-version-withdrawn", """
                name: 11.7.0
                upgrade: {targetVersion: "11.7"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.0.615"}
                """)).containsExactly("Platform Server 11.7 was removed from availability on 2020-01-17; target 11.7.2, the release that replaced it, or a later one.");
    }

    @Test
    void hostingBundlesSideBySideAreNamedTogetherWhenNoneWillDo() {
        assertThat(messages("runtime-prerequisite-below-target", """
                name: Bundles
                upgrade: {targetVersion: "11.27.0"}
                environments:
                  - {name: Production, role: production, platformVersion: "11.20.0", hosting: on-premises,
                     dotnetHostingBundle: ["6.0.36", "7.0.20"], visualCppRedistributable: "2015-2022"}
                  - {name: Quality, role: quality, platformVersion: "11.20.0", hosting: on-premises,
                     dotnetHostingBundle: "6.0.36", visualCppRedistributable: "2015-2022"}
                """)).containsExactly(
                "Production's .NET Runtime & Hosting Bundle versions are 6.0.36, 7.0.20; Platform Server 11.27.0 needs "
                        + "%s, which none of them is.".formatted(needs("11.27.0")),
                "Quality's .NET Runtime & Hosting Bundle is 6.0.36; Platform Server 11.27.0 needs %s.".formatted(needs("11.27.0")));
    }

    /** What the catalogue's hosting-bundle range for the target says it needs (its wording is the catalogue's). */
    private static String needs(String target) {
        dev.estateaudit.estate.Version version = dev.estateaudit.estate.Version.parse(target);
        return dev.estateaudit.knowledge.PlatformKnowledge.builtin().runtimePrerequisites().stream()
                .filter(r -> r.component() == dev.estateaudit.knowledge.RuntimeComponent.DOTNET_HOSTING_BUNDLE)
                .filter(r -> !version.isOlderThan(r.since()) && (r.until() == null || version.isOlderThan(r.until())))
                .findFirst().orElseThrow().describe();
    }
}
