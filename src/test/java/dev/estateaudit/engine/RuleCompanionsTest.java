package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules written as several DRL rules: a second shape ({@code @partOf}) reports under the main rule's id. */
class RuleCompanionsTest {

    private static final String HEADER = """
            package test.rules.shapes;
            import dev.estateaudit.estate.EstateEnvironment;
            global dev.estateaudit.findings.FindingSink findings;
            """;

    private static final String MAIN_RULE = """
            rule "test-two-shapes"
                @id("test-two-shapes") @severity("warning") @title("Two shapes") @remediation("Fix it.")
            when
                $env : EstateEnvironment( name == "A" )
            then
                findings.report(kcontext, "first shape").environment($env);
            end
            """;

    @Test
    void aSecondShapeReportsUnderTheMainRule(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("test-two-shapes.drl"), HEADER + MAIN_RULE + """
                rule "test-two-shapes (second shape)"
                    @partOf("test-two-shapes")
                when
                    $env : EstateEnvironment( name == "B" )
                then
                    findings.report(kcontext, "second shape").environment($env);
                end
                """);
        RuleBase rules = RuleBase.compile(List.of(folder));

        assertThat(rules.rules()).extracting(RuleDescriptor::id).containsExactly("test-two-shapes");
        AuditResult result = new AuditEngine(List.of(rules)).audit(new EstateLoader().loadText("shapes.yaml", """
                name: Shapes
                environments:
                  - {name: A, role: development, platformVersion: "11.29.0"}
                  - {name: B, role: production, platformVersion: "11.29.0"}
                """));
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message,
                        f -> f.subject().environment())
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("test-two-shapes", Severity.WARNING, "first shape", "A"),
                        org.assertj.core.api.Assertions.tuple("test-two-shapes", Severity.WARNING, "second shape", "B"));
    }

    /** A rule named {@code name} with this metadata, reporting on every environment. */
    private static String reportingRule(String name, String metadata) {
        return HEADER + """
                rule "%s"
                    %s
                when
                    $env : EstateEnvironment()
                then
                    findings.report(kcontext, "never").environment($env);
                end
                """.formatted(name, metadata);
    }

    @Test
    void aShapeOfAnUnknownRuleIsRejected(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("orphan.drl"), reportingRule("orphan shape", "@partOf(\"no-such-rule\")"));

        assertThatThrownBy(() -> RuleBase.compile(List.of(folder)))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("orphan shape").hasMessageContaining("no-such-rule");
    }

    @Test
    void anInternalRuleInfersAFactThatAnotherRuleReportsOn(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("inferred.drl"), HEADER + """
                declare Flagged
                    environment : EstateEnvironment
                end

                rule "flag production"
                    @internal("decides which environments are flagged")
                when
                    $env : EstateEnvironment( name == "B" )
                then
                    insert(new Flagged($env));
                end

                rule "test-flagged"
                    @id("test-flagged") @severity("info") @title("Flagged") @remediation("Nothing to do.")
                when
                    Flagged( $env : environment )
                then
                    findings.report(kcontext, "flagged").environment($env);
                end
                """);
        RuleBase rules = RuleBase.compile(List.of(folder));

        assertThat(rules.rules()).extracting(RuleDescriptor::id).as("an internal rule is not in the rule list").containsExactly("test-flagged");
        AuditResult result = new AuditEngine(List.of(rules)).audit(new EstateLoader().loadText("shapes.yaml", """
                name: Shapes
                environments:
                  - {name: A, role: development, platformVersion: "11.29.0"}
                  - {name: B, role: production, platformVersion: "11.29.0"}
                """), RuleSelection.of(List.of("test-flagged"), List.of()));
        assertThat(result.findings()).extracting(Finding::message, f -> f.subject().environment())
                .as("the internal rule fires whatever --only selects")
                .containsExactly(org.assertj.core.api.Assertions.tuple("flagged", "B"));
    }

    @Test
    void aRuleWithoutAnIdIsToldWhatItNeeds(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("unnamed.drl"), reportingRule("unnamed", ""));

        assertThatThrownBy(() -> RuleBase.compile(List.of(folder)))
                .isInstanceOf(RuleCompilationException.class)
                .hasMessageContaining("rule 'unnamed' has no @id").hasMessageContaining("@internal(");
    }
}
