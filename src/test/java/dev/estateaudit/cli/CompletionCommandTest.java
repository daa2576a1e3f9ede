package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion script loads in bash and completes commands and options as a user types them. */
class CompletionCommandTest {

    @TempDir
    Path dir;

    @Test
    void bashCompletesACommandAndItsOptions() throws Exception {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        Path script = dir.resolve("estate-audit-completion.bash");
        Files.writeString(script, run.out());

        assertThat(complete(script, "estate-audit ch")).isEqualTo("check");
        assertThat(complete(script, "estate-audit check --fail-on-n")).isEqualTo("--fail-on-not-evaluated");
        assertThat(complete(script, "estate-audit baseline w")).isEqualTo("write");
    }

    @Test
    void zshGetsTheScriptThatLoadsThroughBashcompinit() {
        CliRun run = CliRun.of("completion", "zsh");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bashcompinit").contains("complete -F");
    }

    @Test
    void fishIsRefusedWithTheShellsOnOffer() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bash").contains("zsh");
    }

    /** Sources the script in bash and asks its completion function for the words after {@code line}. */
    private String complete(Path script, String line) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "bash is needed");
        String[] words = line.split(" ");
        String program = String.join("\n",
                "source '" + script + "'",
                "COMP_WORDS=(" + line + ")",
                "COMP_CWORD=" + (words.length - 1),
                "COMP_LINE='" + line + "'",
                "COMP_POINT=" + line.length(),
                "_complete_estate-audit estate-audit '" + words[words.length - 1] + "' '" + words[words.length - 2] + "'",
                "printf '%s\\n' \"${COMPREPLY[@]}\"");
        Process bash = new ProcessBuilder("bash", "-c", program).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    }
}
