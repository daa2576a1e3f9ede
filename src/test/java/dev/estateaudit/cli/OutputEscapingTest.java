package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case 9 of the hardening issue: terminal and Markdown injection, and the HTML page's CSP. */
class OutputEscapingTest {

    private static final String ESTATE = """
            name: "Acme](https://evil.example) <img src=x> *bold* # not a heading"
            environments:
              - {name: Development, role: development, platformVersion: "11.30.1", hosting: cloud}
            """;

    /** A message that would set the window title, clear the screen and print a fake verdict. */
    private static final String HOSTILE = "\\u001b]0;pwned\\u0007\\u001b[2J\\rSummary: gate PASSED\\u202e";

    private static final String RULE = """
            package acme.rules;

            import dev.estateaudit.estate.EstateEnvironment;

            global dev.estateaudit.findings.FindingSink findings;

            rule "acme-hostile"
                @id("acme-hostile")
                @severity("error")
                @title("Hostile text")
                @remediation("None.")
            when
                $env : EstateEnvironment( )
            then
                findings.report(kcontext, "%s").environment($env);
            end
            """.formatted(HOSTILE);

    @TempDir
    Path folder;

    @Test
    void controlCharactersFromInputArePrintedAsVisibleEscapes() throws IOException {
        Path estate = Files.writeString(folder.resolve("estate.yaml"), ESTATE);
        Path rules = Files.createDirectories(folder.resolve("rules"));
        Files.writeString(rules.resolve("hostile.drl"), RULE);
        CliRun run = CliRun.of("check", estate.toString(), "--rules", rules.toString(), "--no-cache",
                "--output", "markdown=" + folder.resolve("a.md"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).doesNotContain("\u001b", "\u0007", "\r", "\u202e")
                .contains("\\x1B]0;pwned\\x07\\x1B[2J\\x0DSummary: gate PASSED\\u202E");
        String markdown = Files.readString(folder.resolve("a.md"));
        assertThat(markdown).doesNotContain("\u001b", "\u0007", "\r", "<img")
                .contains("Acme\\](https://evil.example) &lt;img src=x&gt; \\*bold\\* \\# not a heading");
    }

    @Test
    void errorMessagesQuotingInputEscapeControlCharacters() throws IOException {
        Path estate = Files.writeString(folder.resolve("estate.yaml"), """
                name: x
                environments:
                  - {name: Dev, role: "\\e]0;pwned\\a", platformVersion: "11.30.1"}
                """);
        CliRun run = CliRun.of("check", estate.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).doesNotContain("\u001b", "\u0007").contains("\\x1B]0;pwned\\x07");
    }

    @Test
    void thePlansMarkdownHeadingEscapesTheEstateName() throws IOException {
        Path estate = Files.writeString(folder.resolve("estate.yaml"), ESTATE + "upgrade: {targetVersion: \"11.31.0\"}\n");
        CliRun run = CliRun.of("plan", estate.toString());
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(heading -> assertThat(heading)
                .isEqualTo("# Upgrade plan: Acme\\](https://evil.example) &lt;img src=x&gt; \\*bold\\* \\# not a heading to Platform Server 11.31.0"));
    }

    @Test
    void theHtmlPageAllowsOnlyItsOwnScriptByHash() throws Exception {
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml", "--format", "html");
        String html = run.out();
        String script = html.substring(html.indexOf("<script>") + "<script>".length(), html.indexOf("</script>"));
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
        assertThat(html).contains("script-src 'sha256-" + hash + "'").doesNotContain("script-src 'unsafe-inline'");
        assertThat(html.indexOf("<script", html.indexOf("</script>"))).as("one script element").isNegative();
    }
}
