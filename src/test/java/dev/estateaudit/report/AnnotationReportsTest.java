package dev.estateaudit.report;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.findings.AuditResult;
import dev.estateaudit.findings.Finding;
import dev.estateaudit.findings.RuleDescriptor;
import dev.estateaudit.findings.Severity;
import dev.estateaudit.findings.Subject;
import dev.estateaudit.review.Gate;
import dev.estateaudit.review.ReviewedFinding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --format github and --format azure against the syntax each service documents. The expected lines
 * are written by hand from the documents cited in GithubAnnotations and AzureAnnotations: GitHub's
 * {@code ::error file=…,line=…,col=…,title=…::message} with %25, %0D, %0A in the message and also
 * %3A, %2C in properties; Azure's {@code ##vso[task.logissue type=…;sourcepath=…;linenumber=…;columnnumber=…;code=…]message}
 * with %AZP25, %0D, %0A in the message and also %3B, %5D in properties.
 */
class AnnotationReportsTest {

    private static final String FILE = "estates/odd,name;v1].yaml";

    @TempDir
    Path dir;

    /** An error whose title, message and fix hold every character either service escapes; a warning about the whole estate; an info finding. */
    private static AuditReport awkward() {
        Estate estate = new EstateLoader().loadText(FILE, """
                name: Awkward
                environments:
                  - name: Production
                    role: production
                    platformVersion: "11.29.0"
                """);
        RuleDescriptor error = new RuleDescriptor("odd-rule", Severity.ERROR, "Version 11: upgrade, now", "Fix it: 100%",
                "lifetime", "built-in", Map.of());
        RuleDescriptor warning = new RuleDescriptor("estate-rule", Severity.WARNING, "Estate-wide", "Look", "lifetime", "built-in", Map.of());
        RuleDescriptor info = new RuleDescriptor("info-rule", Severity.INFO, "Just so you know", "Nothing", "lifetime", "built-in", Map.of());
        List<Finding> findings = List.of(
                new Finding(error, "Line one: 50% done, ok\r\nline two", new Subject("Production", null, null, null,
                        new SourcePosition(FILE, 4, 5)), Map.of()),
                new Finding(warning, "The estate; as a whole]", Subject.ESTATE, Map.of()),
                new Finding(info, "FYI", new Subject("Production", null, null, null, new SourcePosition(FILE, 4, 5)), Map.of()));
        return new AuditReport(new AuditResult(estate, List.of(error, warning, info), findings, List.of(), SampleAudits.JUDGED), Severity.ERROR, "1.2.3");
    }

    @Test
    void githubWritesOneWorkflowCommandPerFindingEscapedAsTheToolkitDoes() {
        String out = SampleAudits.render(new GithubAnnotations(), awkward());
        assertThat(out).isEqualTo(
                "::error file=estates/odd%2Cname;v1].yaml,line=4,col=5,title=odd-rule%3A Version 11%3A upgrade%2C now"
                        + "::Line one: 50%25 done, ok%0D%0Aline two%0AFix: Fix it: 100%25\n"
                + "::warning file=estates/odd%2Cname;v1].yaml,line=1,col=1,title=estate-rule%3A Estate-wide"
                        + "::The estate; as a whole]%0AFix: Look\n"
                + "::notice file=estates/odd%2Cname;v1].yaml,line=4,col=5,title=info-rule%3A Just so you know"
                        + "::FYI%0AFix: Nothing\n");
    }

    @Test
    void azureWritesOneLogIssuePerErrorOrWarningWithAbsolutePathsAndLeavesInfoOut() {
        String absolute = Path.of("").toAbsolutePath().resolve("estates").resolve("odd,name;v1].yaml").toString()
                .replace(";", "%3B").replace("]", "%5D");
        String out = SampleAudits.render(new AzureAnnotations(), awkward());
        assertThat(out).isEqualTo(
                "##vso[task.logissue type=error;sourcepath=" + absolute + ";linenumber=4;columnnumber=5;code=odd-rule]"
                        + "Version 11: upgrade, now: Line one: 50%AZP25 done, ok%0D%0Aline two%0AFix: Fix it: 100%AZP25\n"
                + "##vso[task.logissue type=warning;sourcepath=" + absolute + ";linenumber=1;columnnumber=1;code=estate-rule]"
                        + "Estate-wide: The estate; as a whole]%0AFix: Look\n");
    }

    @Test
    void escapingIsOnePassSoAnEscapeInTheTextIsKeptAsText() {
        // "%0A" written in a message must come back as those three characters, not as a line break
        GithubAnnotations github = new GithubAnnotations();
        assertThat(github.data("a %0A b")).isEqualTo("a %250A b");
        assertThat(github.property("x,%3A")).isEqualTo("x%2C%253A");
        AzureAnnotations azure = new AzureAnnotations();
        assertThat(azure.data("a %0A b")).isEqualTo("a %AZP250A b");
        assertThat(azure.property("a;b]%3B")).isEqualTo("a%3Bb%5D%AZP253B");
    }

    @Test
    void aWaivedFindingKeepsItsLevelAndSaysWhoWaivedItAndFixedFindingsGetNoLine() {
        AuditReport report = SampleAudits.lifecycle(dir, Gate.ALL);
        assertThat(report.result().fixed()).as("the sample has a fixed finding").isNotEmpty();
        ReviewedFinding waived = report.result().findings().stream().filter(ReviewedFinding::waived).findFirst().orElseThrow();
        assertThat(waived.severity()).isEqualTo(Severity.ERROR);

        List<String> github = SampleAudits.render(new GithubAnnotations(), report).lines().toList();
        assertThat(github).as("one line per finding; the fixed one is no finding").hasSize(report.result().findings().size());
        assertThat(github).filteredOn(l -> l.contains("(waived)")).singleElement().satisfies(line -> {
            assertThat(line).startsWith("::error file=estates/after.yaml,");
            assertThat(line).contains(",title=lifetime-outdated%3A ").contains(" (waived)::");
            assertThat(line).endsWith("%0AWaived until 2027-03-31 by ops@acme.example (UPG-1432): "
                    + "LifeTime upgrade <booked> & approved | CAB-7");
        });

        List<String> azure = SampleAudits.render(new AzureAnnotations(), report).lines().toList();
        long errorsAndWarnings = report.result().findings().stream().filter(f -> f.severity() != Severity.INFO).count();
        assertThat(azure).hasSize((int) errorsAndWarnings);
        assertThat(azure).filteredOn(l -> l.contains("(waived)")).singleElement().satisfies(line -> assertThat(line)
                .startsWith("##vso[task.logissue type=error;").contains(";code=lifetime-outdated]")
                .endsWith("%0AWaived until 2027-03-31 by ops@acme.example (UPG-1432): LifeTime upgrade <booked> & approved | CAB-7"));
    }
}
