package dev.estateaudit.config;

import static org.assertj.core.api.Assertions.assertThat;
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
    void everyKeyIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/configuration.md"));
        for (String key : ConfigFile.keys()) {
            assertThat(doc).as("docs/configuration.md documents %s", key).contains("`" + key + "`");
        }
    }
}
