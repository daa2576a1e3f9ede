package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder written for estate-audit 0.1 is told exactly which lines to change. */
class OldRuleFolderTest {

    @TempDir
    Path dir;

    @Test
    void eachLineNamingAMovedTypeIsReportedWithItsNewName() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules/acme"));
        Files.writeString(rules.resolve("old.drl"), """
                package acme;

                import dev.estateaudit.estate.*;
                import dev.estateaudit.estate.EstateEnvironment;

                global dev.estateaudit.engine.FindingSink findings;

                rule "no references"
                    @id("acme-old") @severity("info")
                when
                    $e : EstateEnvironment()
                    not ModuleReference( environment == $e.name )
                then
                    findings.report(kcontext, "none").environment($e);
                end
                """);
        CliRun run = CliRun.of("check", "samples/clean-estate.yaml", "--rules", dir.resolve("rules").toString(), "--no-cache");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err())
                .contains("old.drl:3: dev.estateaudit.estate.* no longer holds ModuleReference")
                .contains("old.drl:6: dev.estateaudit.engine.FindingSink is now dev.estateaudit.findings.FindingSink")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }
}
