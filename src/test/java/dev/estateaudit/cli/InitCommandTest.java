package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** init: a commented starter estate that passes check; --from: the overlay of what an import lacks. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void theStarterEstatePassesCheckWithNoFindingAndExplainsItsFields() throws IOException {
        Path starter = dir.resolve("my-estate.yaml");

        CliRun init = CliRun.of("init", "--output", starter.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        Estate estate = new EstateLoader().load(starter);
        assertThat(estate.getLifetime()).isNotNull();
        assertThat(estate.getEnvironments()).extracting(EstateEnvironment::getName)
                .containsExactly("Development", "Quality", "Pre-Production", "Production");
        assertThat(estate.getEnvironments()).allSatisfy(e -> {
            assertThat(e.getPurpose()).isNotNull();
            assertThat(e.getDebugMode()).isNotNull();
            assertThat(e.getZones()).isNotEmpty();
            assertThat(e.getModules()).isNotEmpty();
        });
        List<String> lines = Files.readAllLines(starter);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains(":") && !line.strip().startsWith("#") && !line.strip().matches("- name: [A-Za-z-]+")) {
                assertThat(line.contains("#") || lines.get(i - 1).strip().startsWith("#"))
                        .as("the field says what it means beside it, or (too long for that) above it: %s", line).isTrue();
            }
        }
        CliRun check = CliRun.of("check", starter.toString());
        assertThat(check.exitCode()).as(check.out()).isEqualTo(ExitCodes.OK);
        assertThat(check.out()).contains("No findings.").contains("0 not evaluated");
    }

    @Test
    void initNeverOverwritesAFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("estate.yaml"), "name: Mine\n");

        CliRun init = CliRun.of("init", "--output", existing.toString());

        assertThat(init.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(init.err()).contains("exists; init never overwrites a file");
        assertThat(Files.readString(existing)).isEqualTo("name: Mine\n");
    }

    @Test
    void fromAnImportItWritesTheMissingFactsPerEnvironmentCommented() throws IOException {
        Path imported = importHarbour(dir);
        Path overlay = dir.resolve("overlay.yaml");

        CliRun init = CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(overlay);
        assertThat(text).containsPattern("  - name: \"Production\"\n    # debugMode: false +# OutSystems 11: the environment's own Debug Mode \\(1 check waits for it\\)")
                .contains("  - name: \"Test\"\n    # purpose: non-production")
                .contains("    # zones: [{name: Global, frontEnds:")
                .contains("# licenses: {production: 1, development: 3}")
                .contains("# modules lack debugMode, publishedWith, errorsLast7Days");
        // as written it changes nothing: the two load and check together as the import alone does
        CliRun alone = CliRun.of("check", imported.toString(), "--format", "json");
        CliRun both = CliRun.of("check", imported.toString(), overlay.toString(), "--format", "json");
        assertThat(both.exitCode()).as(both.err()).isEqualTo(alone.exitCode());
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(json.readTree(both.out()).get("findings")).isEqualTo(json.readTree(alone.out()).get("findings"));
        assertThat(json.readTree(both.out()).get("notEvaluated")).isEqualTo(json.readTree(alone.out()).get("notEvaluated"));
    }

    @Test
    void itsSuggestionsUncommentedLoadWithALicenceByRoleAndEveryModule() throws IOException {
        Path imported = importHarbour(dir);
        Path overlay = dir.resolve("overlay.yaml");
        assertThat(CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(overlay);
        Estate estate = new EstateLoader().load(imported);

        assertThat(text).contains("  - name: \"Production\"\n").containsPattern("    # license: production +#")
                .contains("# licenses: {production: 1, development: 3}");
        assertThat(text.split("# license: production ", -1)).as("one production licence: Production's").hasSize(2);
        assertThat(text.split("# license: development ", -1)).hasSize(4);
        long modules = estate.getEnvironments().stream().mapToLong(e -> e.getModules().size()).sum();
        assertThat(text.lines().filter(l -> l.startsWith("    #   - {name: \""))).as("every module, not the first three").hasSize((int) modules);

        Path uncommented = Files.writeString(dir.resolve("filled.yaml"), uncomment(text));
        CliRun check = CliRun.of("check", imported.toString(), uncommented.toString(), "--format", "json");

        assertThat(check.exitCode()).as(check.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        assertThat(check.out()).doesNotContain("production-licenses-exceeded").doesNotContain("development-license-in-production");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(check.out());
        // what the overlay suggested is there now; the target it suggests may need facts of its own (runtimes)
        assertThat(json.get("notEvaluated").findValues("missing")).flatExtracting(m -> java.util.List.of(m.toString()))
                .noneMatch(m -> m.matches(".*\"(environment\\.(purpose|debugMode|license)|module\\.(debugMode|publishedWith|errorsLast7Days))\".*"));
        assertThat(json.at("/summary/notEvaluated").asInt()).isLessThan(20);
    }

    @Test
    void namesAreQuotedAsTheImportWriterQuotesThem() throws IOException {
        Path imported = Files.writeString(dir.resolve("odd.yaml"), """
                name: Odd names
                environments:
                  - name: 'Dev\\Test'
                    role: development
                    platformVersion: "11.30.1"
                    modules:
                      - {name: 'Orders "v2"'}
                      - {name: 'C:\\Tools'}
                  - name: 'Prod "main"'
                    role: production
                    platformVersion: "11.30.1"
                    modules:
                      - {name: Orders}
                """);
        Path overlay = dir.resolve("overlay.yaml");

        CliRun init = CliRun.of("init", "--from", imported.toString(), "--output", overlay.toString());

        assertThat(init.exitCode()).as(init.err()).isEqualTo(ExitCodes.OK);
        String text = Files.readString(overlay);
        assertThat(text).contains("  - name: \"Dev\\\\Test\"\n").contains("  - name: \"Prod \\\"main\\\"\"\n")
                .contains("#   - {name: \"Orders \\\"v2\\\"\",").contains("#   - {name: \"C:\\\\Tools\",");
        CliRun asWritten = CliRun.of("check", imported.toString(), overlay.toString());
        assertThat(asWritten.exitCode()).as(asWritten.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        Path uncommented = Files.writeString(dir.resolve("filled.yaml"), uncomment(text));
        CliRun filled = CliRun.of("check", imported.toString(), uncommented.toString(), "--format", "json");
        assertThat(filled.exitCode()).as(filled.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED);
        Estate merged = new EstateLoader().load(java.util.List.of(imported, uncommented));
        assertThat(merged.getEnvironments()).extracting(EstateEnvironment::getName).containsExactly("Dev\\Test", "Prod \"main\"");
        assertThat(merged.getEnvironments().get(0).getModules()).allSatisfy(m -> assertThat(m.getDebugMode()).isFalse());
    }

    /** As a person fills the overlay in: every suggestion ("# key: value   # meaning", and the module lines) uncommented. */
    /** The pipeline-artifacts sample imported into {@code dir} as harbour.yaml. */
    static Path importHarbour(Path dir) {
        Path imported = dir.resolve("harbour.yaml");
        CliRun importing = CliRun.of("import", "pipeline-artifacts", "samples/pipeline-artifacts/Artifacts",
                "--output", imported.toString(), "--lifetime-platform-version", "11.30.1");
        assertThat(importing.exitCode()).as(importing.err()).isEqualTo(ExitCodes.OK);
        return imported;
    }

    static String uncomment(String overlay) {
        StringBuilder out = new StringBuilder();
        for (String line : overlay.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^( *)# ((?:[A-Za-z]+:|  - \\{).*?)( +# .*)?$").matcher(line);
            out.append(m.matches() ? m.group(1) + m.group(2) : line).append('\n');
        }
        return out.toString();
    }
}
