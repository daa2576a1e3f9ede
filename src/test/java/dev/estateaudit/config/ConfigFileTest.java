package dev.estateaudit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.read.EstateInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    @Test
    void estateAuditYamlInTheWorkingDirectoryIsFoundWithoutConfig() throws IOException {
        assertThat(ConfigFile.locate(null, dir).has("fail-on")).isFalse();
        Files.writeString(dir.resolve(ConfigFile.DEFAULT_NAME), "fail-on: warning\nrules: [a, b]\n");
        ConfigFile found = ConfigFile.locate(null, dir);
        assertThat(found.text("fail-on")).contains("warning");
        assertThat(found.paths("rules")).contains(java.util.List.of(dir.resolve("a"), dir.resolve("b")));
    }

    @Test
    void anExplicitConfigWinsOverTheWorkingDirectorysOne() throws IOException {
        Files.writeString(dir.resolve(ConfigFile.DEFAULT_NAME), "fail-on: warning\n");
        Path other = Files.writeString(dir.resolve("other.yaml"), "fail-on: info\n");
        assertThat(ConfigFile.locate(other, dir).text("fail-on")).contains("info");
    }

    @Test
    void anEmptyConfigSetsNothing() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.yaml"), "");
        assertThat(ConfigFile.read(empty).outputs()).isEmpty();
    }

    @Test
    void aFoundConfigNamesOnlyFilesInsideTheWorkingDirectory() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.createSymbolicLink(work.resolve("home"), outside);
        Files.writeString(work.resolve(ConfigFile.DEFAULT_NAME), """
                outputs:
                  - {format: text, output: ../bashrc}
                waivers: /etc/shadow
                baseline: home/baseline.json
                rules: [my-rules, sub/../../x]
                """);
        assertThatThrownBy(() -> ConfigFile.locate(null, work))
                .isInstanceOfSatisfying(EstateInputException.class, e -> assertThat(e.problems()).containsExactly(
                        work.resolve(ConfigFile.DEFAULT_NAME) + ":1: outputs: '../bashrc' leads out through '..'; a config found in "
                                + "the working directory may name only files inside it (name it with --config to trust it)",
                        work.resolve(ConfigFile.DEFAULT_NAME) + ":3: waivers: '/etc/shadow' is an absolute path; a config found in "
                                + "the working directory may name only files inside it (name it with --config to trust it)",
                        work.resolve(ConfigFile.DEFAULT_NAME) + ":4: baseline: 'home/baseline.json' leads out through the symbolic "
                                + "link 'home'; a config found in the working directory may name only files inside it (name it with "
                                + "--config to trust it)",
                        work.resolve(ConfigFile.DEFAULT_NAME) + ":5: rules: 'sub/../../x' leads out through '..'; a config found in "
                                + "the working directory may name only files inside it (name it with --config to trust it)"));

        // named with --config, the same file is trusted
        ConfigFile named = ConfigFile.locate(work.resolve(ConfigFile.DEFAULT_NAME), work);
        assertThat(named.found()).isFalse();
        assertThat(named.path("waivers")).contains(Path.of("/etc/shadow"));
    }

    @Test
    void aFoundConfigMayNameFilesAndLinksInsideTheWorkingDirectory() throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(dir.resolve("latest"), dir.resolve("reports"));
        Files.writeString(dir.resolve(ConfigFile.DEFAULT_NAME), """
                outputs: [{format: json, output: latest/audit.json}, {format: text}]
                waivers: ./waivers.yaml
                fail-on: warning
                """);
        ConfigFile found = ConfigFile.locate(null, dir);
        assertThat(found.found()).isTrue();
        assertThat(found.keysSet()).containsExactly("fail-on", "waivers", "outputs");
        assertThat(found.outputs().orElseThrow()).containsExactly(new ConfigFile.Output("json", "latest/audit.json"),
                new ConfigFile.Output("text", null));
    }

    @Test
    void everyProblemOfAConfigIsNamedAtItsLineInOneRun() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), """
                fail-on: [error]
                colour: always
                waiver-warning-days: 1.5
                only: ["%s"]
                outputs:
                  - {format: json, file: x.json}
                ---
                fail-on: never
                """.formatted("x".repeat(201)));
        assertThatThrownBy(() -> ConfigFile.read(config))
                .isInstanceOfSatisfying(EstateInputException.class, e -> assertThat(e.problems()).containsExactly(
                        config + ":1: fail-on: expected a single value, found a list",
                        config + ":2: unknown key 'colour'; known keys: " + String.join(", ", ConfigFile.keys()),
                        config + ":3: waiver-warning-days: expected a whole number, e.g. 14, found '1.5'",
                        config + ":4: only: the rule id or pattern '" + "x".repeat(80) + "...' has 201 characters; a rule id or "
                                + "pattern has at most 200",
                        config + ":6: outputs: unknown field 'file'; an output has format and output",
                        config + ":8: a config file is one YAML document; remove the '---' and what follows, or merge it into the first"));
    }

    @Test
    void aFileThatIsNotAConfigIsQuotedAtMostFortyCharacters() throws IOException {
        Path config = Files.writeString(dir.resolve("c.yaml"), "root:$6$" + "a".repeat(80) + ":19000:0:99999:7:::\n\u001B[2J\n");
        assertThatThrownBy(() -> ConfigFile.read(config))
                .isInstanceOfSatisfying(EstateInputException.class, e -> assertThat(e.problems()).allSatisfy(line ->
                        assertThat(line).doesNotContain("a".repeat(41)).doesNotContain("\u001B")));
    }

    @Test
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/configuration.md"));
        for (String key : ConfigFile.keys()) {
            assertThat(doc).as("docs/configuration.md documents %s", key).contains("`" + key + "`");
        }
    }
}
