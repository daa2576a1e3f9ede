package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 29, items 2 and 7: U+0085, U+2028 and U+2029 end a YAML comment, so what follows one is
 * read as keys nobody sees; a lone UTF-16 surrogate prints as "?" and collides in fingerprints.
 * Every file the tool reads refuses them, exit 2 at the line.
 */
class HiddenTextTest {

    private static final String CLEAN = "samples/clean-estate.yaml";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The clean sample with {@code line} put after its line 10 ("name: Contoso Retail"), so it is line 11. */
    private Path estateWith(String line) throws Exception {
        String sample = Files.readString(Path.of(CLEAN));
        int afterName = sample.indexOf("name: Contoso Retail\n") + "name: Contoso Retail\n".length();
        return write("estate.yaml", sample.substring(0, afterName) + line + "\n" + sample.substring(afterName));
    }

    /** A one-environment estate whose environment's name is the YAML scalar {@code name}, on line 4. */
    private Path tinyYaml(String name) throws Exception {
        return write("tiny.yaml", "name: Tiny\nenvironments:\n  - role: production\n    name: " + name
                + "\n    platformVersion: \"11.29.0\"\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0085", "\u2028", "\u2029"})
    void aLineBreakOnlyYamlSeesEndsNoCommentOfAnEstate(String hidden) throws Exception {
        Path planted = estateWith("# reviewed by the team" + hidden + "upgradeStrategy: downtime");
        CliRun run = CliRun.of("check", planted.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(planted + ":11:")
                .contains(String.format("U+%04X", (int) hidden.charAt(0)))
                .contains("is not allowed, in a comment or anywhere else")
                .doesNotContain("syntax error").doesNotContain("Exception");
        // the same file without the character passes as before
        assertThat(CliRun.of("check", estateWith("# reviewed by the team").toString()).exitCode()).isZero();
    }

    @Test
    void anEscapedLineSeparatorInAJsonOrYamlValueIsRefusedAtItsLine() throws Exception {
        Path json = write("estate.json", """
                {"name": "Tiny",
                 "environments": [
                   {"name": "Prod\\u2028uction", "role": "production", "platformVersion": "11.29.0"}]}
                """);
        CliRun fromJson = CliRun.of("check", json.toString());
        assertThat(fromJson.exitCode()).as(fromJson.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromJson.err()).contains(json + ":3:").contains("the line separator U+2028 (a line break to YAML) at character 5");

        Path yaml = tinyYaml("\"Prod\\Puction\"");
        CliRun fromYaml = CliRun.of("check", yaml.toString());
        assertThat(fromYaml.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromYaml.err()).contains(yaml + ":4:").contains("U+2029");
    }

    @Test
    void anOverlayWaiverFileConfigAndCatalogueRefuseThemInComments() throws Exception {
        Path overlay = write("overlay.yaml", "name: Contoso Retail\n# x\u2028licenses: {production: 9}\n");
        CliRun withOverlay = CliRun.of("check", CLEAN, overlay.toString());
        assertThat(withOverlay.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withOverlay.err()).contains(overlay + ":2:").contains("U+2028");

        Path waivers = write("waivers.yaml", "waivers: []\n# none\u2029waivers: [{rule: '*'}]\n");
        CliRun withWaivers = CliRun.of("check", CLEAN, "--waivers", waivers.toString());
        assertThat(withWaivers.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withWaivers.err()).contains(waivers + ":2:").contains("U+2029");

        Path config = write("c.yaml", "fail-on: warning\n# strict\u0085fail-on: never\n");
        CliRun withConfig = CliRun.of("check", CLEAN, "--config", config.toString());
        assertThat(withConfig.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withConfig.err()).contains(config + ":2:").contains("U+0085");

        String catalogue = Files.readString(Path.of("rules/knowledge/platform-catalogue.yaml"));
        Path knowledge = write("catalogue.yaml", "# ours\u2028\n" + catalogue);
        CliRun withKnowledge = CliRun.of("check", CLEAN, "--knowledge", knowledge.toString());
        assertThat(withKnowledge.exitCode()).as(withKnowledge.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(withKnowledge.err()).contains(knowledge + ":1:").contains("U+2028");
    }

    @Test
    void aBaselineRefusesThemInItsValues() throws Exception {
        Path json = folder.resolve("base.json");
        CliRun.of("check", "samples/acme-factory-11.yaml", "--format", "json", "--output", json.toString());
        ObjectNode report = (ObjectNode) new ObjectMapper().readTree(json.toFile());
        ((ObjectNode) ((ArrayNode) report.get("findings")).get(0)).put("message", "fixed\u2028gate PASSED");
        Path planted = write("planted.json", report.toString());
        CliRun run = CliRun.of("check", "samples/acme-factory-11.yaml", "--baseline", planted.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(planted + ":1:").contains("U+2028");
    }

    @Test
    void aRuleTestFileRefusesThemInComments() throws Exception {
        Path tests = write("naming.yaml", """
                rules: [lifetime-outdated]
                tests:
                  - name: nothing to find
                    # fine\u2028    expect: []
                    estateFile: ../estate.yaml
                    expect: []
                """);
        CliRun run = CliRun.of("verify", tests.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(tests + ":4:").contains("U+2028");
    }

    @Test
    void aLoneSurrogateIsRefusedAtItsLineAndAPairIsRead() throws Exception {
        Path json = write("estate.json", """
                {"name": "Tiny",
                 "environments": [
                   {"name": "Production", "role": "production", "platformVersion": "11.29.0",
                    "modules": [{"name": "Orders\\ud800"}, {"name": "Orders\\udc00"}]}]}
                """);
        CliRun lone = CliRun.of("check", json.toString());
        assertThat(lone.exitCode()).as(lone.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(lone.err()).contains(json + ":4:").contains("a lone UTF-16 surrogate U+D800 (half of a character) at character 7");

        Path yaml = tinyYaml("\"Prod \\udc00\"");
        CliRun loneYaml = CliRun.of("check", yaml.toString());
        assertThat(loneYaml.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(loneYaml.err()).contains(yaml + ":4:").contains("U+DC00");

        Path pair = write("pair.json", """
                {"name": "Tiny \\ud83d\\ude80",
                 "environments": [{"name": "Production", "role": "production", "platformVersion": "11.29.0"}]}
                """);
        CliRun paired = CliRun.of("check", pair.toString(), "--format", "json");
        assertThat(paired.exitCode()).as(paired.err()).isNotEqualTo(ExitCodes.BAD_INPUT);
        assertThat(paired.out()).contains("Tiny \uD83D\uDE80");
    }

    @Test
    void aWaiverFileRefusesALoneSurrogate() throws Exception {
        Path waivers = write("w.json", "{\"waivers\": [\n{\"rule\": \"lifetime-outdated\", \"environment\": \"Prod\\ud800\","
                + " \"justification\": \"j\", \"owner\": \"o\", \"expires\": \"2099-01-01\"}]}\n");
        CliRun run = CliRun.of("check", CLEAN, "--waivers", waivers.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(waivers + ":2:").contains("U+D800");
    }

    @Test
    void aLineBreakInANameNeverReachesJunitOutputRaw() throws Exception {
        String sample = Files.readString(Path.of("samples/acme-factory-11.yaml"));
        Path estate = write("forged.yaml", sample.replace("Pre-Production, Production]", "Pre-Production, \"Production\\ngate PASSED\"]")
                .replace("  - name: Production\n", "  - name: \"Production\\ngate PASSED\"\n"));
        CliRun run = CliRun.of("check", estate.toString(), "--format", "junit");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        assertThat(run.out()).contains("Production\\x0Agate PASSED").doesNotContain("\ngate PASSED");
    }
}
