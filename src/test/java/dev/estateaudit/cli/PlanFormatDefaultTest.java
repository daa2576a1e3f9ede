package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plan} without --format: text on a terminal, Markdown otherwise (a pipe, a file). */
class PlanFormatDefaultTest {

    private static final String ESTATE = "samples/clean-estate.yaml";

    static String run(boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new PlanCommand(() -> terminal));
        cli.setOut(new PrintWriter(out));
        cli.execute(args);
        return out.toString();
    }

    @Test
    void textOnATerminal() {
        assertThat(run(true, ESTATE)).startsWith("Upgrade plan: Contoso Retail").contains("\nORDER\n", "    [ ] ");
    }

    @Test
    void markdownWhenNotATerminal() {
        assertThat(run(false, ESTATE)).startsWith("# Upgrade plan: Contoso Retail").contains("## Order", "- [ ] ");
    }

    @Test
    void markdownIntoAFileAndAnExplicitFormatWins(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.md");
        run(true, ESTATE, "--output", file.toString());
        assertThat(Files.readString(file)).startsWith("# Upgrade plan:");
        assertThat(run(true, ESTATE, "--format", "markdown")).startsWith("# Upgrade plan:");
        assertThat(run(false, ESTATE, "--format", "text")).startsWith("Upgrade plan:");
    }
}
