package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.read.guard.InputLimits;
import org.junit.jupiter.api.Test;

/** Cases 7, 8 and 10 of the hardening issue: silent misreads and unbounded reads of an estate file. */
class HostileEstateInputTest {

    private static final String HEAD = """
            name: ACME
            environments:
              - name: Development
                role: development
                platformVersion: "11.30.1"
            """;

    private final EstateLoader loader = new EstateLoader();

    @Test
    void aYamlAliasIsRefusedNotReadAsTheAnchorsName() {
        String yaml = HEAD + """
                    modules:
                      - &core {name: Core_CS}
                      - {name: App, references: [*core]}
                """;
        assertThatThrownBy(() -> loader.loadText("estate.yaml", yaml)).isInstanceOf(EstateInputException.class)
                .hasMessage("estate.yaml:8:34: YAML aliases (*core) are not supported: write the value out where it is used");
    }

    @Test
    void aFractionIsNotAWholeNumber() {
        assertThatThrownBy(() -> loader.loadText("estate.yaml", HEAD + "    frontEndCount: 1.9\n"))
                .isInstanceOf(EstateInputException.class)
                .hasMessageStartingWith("estate.yaml:6:20: environments[0].frontEndCount:").hasMessageContaining("1.9");
    }

    @Test
    void controlCharactersInTextAreRefusedWithTheirPosition() {
        assertThatThrownBy(() -> loader.loadText("estate.yaml", HEAD.replace("name: Development", "name: \"Dev\\e]0;pwned\\a\"")))
                .isInstanceOf(EstateInputException.class)
                .hasMessageContaining("estate.yaml:3:11: environments[0].name:")
                .hasMessageContaining("the control character U+001B at character 4");
        assertThatThrownBy(() -> loader.loadText("estate.yaml", HEAD.replace("ACME", "\"ACME\\u202Eevil\"")))
                .hasMessageContaining("U+202E at character 5");
    }

    @Test
    void aNulByteIsReportedWhereItIsNotAtTheStart() {
        assertThatThrownBy(() -> loader.loadText("estate.yaml", HEAD + "    hosting: cl\u0000oud\n"))
                .isInstanceOf(EstateInputException.class)
                .hasMessage("estate.yaml:6:16: the character U+0000 is not allowed in YAML (a control character)");
    }

    @Test
    void aStringOfFiveMegabytesIsRefusedAndFourLoad() {
        String five = "x".repeat(5 * 1024 * 1024);
        assertThatThrownBy(() -> loader.loadText("estate.yaml", HEAD.replace("ACME", five)))
                .isInstanceOf(EstateInputException.class)
                .hasMessage("estate.yaml:1:7: a text of 5242880 characters, more than the 4194304 an estate value may hold");
        assertThatThrownBy(() -> loader.loadText("estate.json", "{\"name\": \"" + five + "\"}"))
                .isInstanceOf(EstateInputException.class).hasMessageContaining("more than the 4194304");
        String four = "y".repeat(InputLimits.MAX_STRING);
        assertThat(loader.loadText("estate.yaml", HEAD.replace("ACME", four)).getName()).hasSize(InputLimits.MAX_STRING);
    }

    @Test
    void deepNestingIsRefused() {
        // the estate's own types stop a deep value at its first level; the limit guards the raw token stream
        String deep = "notes: " + "[".repeat(300) + "]".repeat(300) + "\n";
        assertThatThrownBy(() -> {
            try (com.fasterxml.jackson.core.JsonParser p = new InputLimits(EstateMapper.yaml().createParser(deep))) {
                while (p.nextToken() != null) {
                    p.getText();
                }
            }
        }).isInstanceOf(InputLimits.Refused.class).hasMessageContaining("nested more than 200 deep");
    }

    @Test
    void theLinearReaderKeepsPositionsAcrossItsWindow() {
        // the module sits after a long value and many lines: its position must be the file's
        String yaml = HEAD.replace("ACME", "z".repeat(100_000)) + "    modules:\n" + "      # filler\n".repeat(5000)
                + "      - {name: Late_CS}\n";
        EstateModule module = loader.loadText("estate.yaml", yaml).getEnvironments().get(0).getModules().get(0);
        assertThat(module.getPosition()).isEqualTo(new SourcePosition("estate.yaml", 5007, 9));
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("estate.yaml");
        java.nio.file.Files.write(file, ("\uFEFF" + HEAD).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertThat(loader.load(file).getName()).isEqualTo("ACME");
    }
}
