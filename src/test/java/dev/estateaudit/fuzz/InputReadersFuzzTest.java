package dev.estateaudit.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.estateaudit.config.ConfigFile;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.EstateLoader;
import dev.estateaudit.review.Baseline;
import dev.estateaudit.review.WaiverFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzz targets for every reader of a file someone else may write: the estate (YAML and JSON), the
 * waiver file, the baseline and the config file. The contract under test: any bytes give a value
 * or an {@link EstateInputException}, the clean exit 2; any other exception or error (an NPE, a
 * stack overflow, a library's own exception) is a finding. Without JAZZER_FUZZ the seeds in
 * src/test/resources/dev/estateaudit/fuzz/InputReadersFuzzTestInputs are replayed (bench/fuzz.sh
 * fuzzes; figures in docs/security.md).
 */
class InputReadersFuzzTest {

    private static final List<String> RULES = List.of("lifetime-outdated", "platform-version-unsupported");

    @FuzzTest(maxDuration = "5s")
    void estateYaml(byte[] input) {
        expectInputError(() -> new EstateLoader().loadText("estate.yaml", new String(input, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxDuration = "5s")
    void estateJson(byte[] input) {
        expectInputError(() -> new EstateLoader().loadText("estate.json", new String(input, StandardCharsets.UTF_8)));
    }

    @FuzzTest(maxDuration = "5s")
    void waiverFile(byte[] input) {
        expectInputError(() -> WaiverFile.read("waivers.yaml", new String(input, StandardCharsets.UTF_8), RULES));
    }

    @FuzzTest(maxDuration = "5s")
    void baseline(byte[] input) throws IOException {
        Path file = Files.createTempFile("baseline", ".json");
        try {
            Files.write(file, input);
            expectInputError(() -> Baseline.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void configFile(byte[] input) throws IOException {
        Path file = Files.createTempFile("estate-audit", ".yaml");
        try {
            Files.write(file, input);
            expectInputError(() -> ConfigFile.read(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void expectInputError(Runnable read) {
        try {
            read.run();
        } catch (EstateInputException expected) {
            // the clean refusal: a message naming the file, exit 2
        }
    }
}
