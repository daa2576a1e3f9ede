package dev.estateaudit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.bench.EstateGenerator;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.findings.AuditResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, as the CLI reads and audits a large JSON estate (over 8 MiB: read in two halves, and
 * over 50,000 modules: audited in two sessions where the machine has two cores), against the same
 * text read whole and audited in one session: the same findings, positions included.
 */
class LargeEstateTest {

    @TempDir
    Path folder;

    @Test
    void aLargeEstateReadInHalvesAndAuditedInTwoSessionsFindsWhatOneThreadFinds() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EstateGenerator(520, 100, 11).write(out, true);
        String text = out.toString(StandardCharsets.UTF_8);
        Path file = folder.resolve("large.json");
        Files.writeString(file, text);
        assertThat(Files.size(file)).isGreaterThan(8L * 1024 * 1024);

        Estate halves = new EstateLoader().load(file);
        Estate whole = new EstateLoader().loadText(file.toString(), text); // text: never read in halves
        assertThat(halves.getModuleCount()).isEqualTo(52_000);

        AuditResult split = AuditEngine.builtinOnly().with(Parallelism.from(50_000)).audit(halves);
        AuditResult one = AuditEngine.builtinOnly().with(Parallelism.NONE).audit(whole);
        assertThat(split.findings()).hasSameSizeAs(one.findings()).isEqualTo(one.findings());
        assertThat(split.notEvaluated()).isEqualTo(one.notEvaluated());
    }
}
