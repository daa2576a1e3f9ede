package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.estate.Estate;
import org.junit.jupiter.api.Test;

/** An imported estate of thousands of modules is larger than SnakeYAML's default 3 MB limit. */
class LargeEstateFileTest {

    @Test
    void aYamlEstateLargerThanThreeMegabytesLoads() {
        String description = "x".repeat(180);
        StringBuilder yaml = new StringBuilder("name: Large\nenvironments:\n");
        for (int e = 0; e < 4; e++) {
            yaml.append("  - name: \"Env ").append(e).append("\"\n    role: quality\n    platformVersion: \"11.26.0\"\n    modules:\n");
            for (int m = 0; m < 3_500; m++) {
                yaml.append("      - {name: \"Module_").append(m).append("_with_a_long_name_as_real_ones_have\", kind: espace, ")
                        .append("application: \"Application ").append(m % 300).append(' ').append(description).append("\"}\n");
            }
        }
        assertThat(yaml.length()).isGreaterThan(3 * 1024 * 1024);

        Estate estate = new EstateLoader().loadText("large.yaml", yaml.toString());

        assertThat(estate.getModuleCount()).isEqualTo(14_000);
    }
}
