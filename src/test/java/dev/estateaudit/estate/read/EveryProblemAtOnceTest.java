package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One run names every mistake of a file, each at the line and column of the key or value at fault. */
class EveryProblemAtOnceTest {

    @TempDir
    Path dir;

    @Test
    void severalMistakesGetOneMessageEachAtTheirOwnPlace() throws IOException {
        Path file = dir.resolve("estate.yaml");
        Files.writeString(file, """
                name: Mistakes
                upgrade:
                  targetVersion: "11.31.0"
                  order:
                    - Development
                    - QA
                environments:
                  - name: Development
                    role: development
                    platformVersion: 11.30
                  - name: Production
                    role: prodution
                    platformVersion: "11.30.1"
                    zones:
                      - name: Global
                        frontends:
                          - name: fe1
                    runingMode: production
                """);

        EstateInputException e = catchThrowableOfType(() -> new EstateLoader().load(file), EstateInputException.class);

        List<String> problems = e.problems();
        assertThat(problems).hasSize(5);
        assertThat(problems.get(0)).startsWith(file + ":6:7: upgrade.order[1]: unknown environment 'QA'");
        assertThat(problems.get(1)).startsWith(file + ":10:22: environments[0].platformVersion: write the version as a quoted string");
        assertThat(problems.get(2)).startsWith(file + ":12:11: environments[1].role: unknown value 'prodution' (did you mean 'production'?)");
        assertThat(problems.get(3)).startsWith(file + ":16:9: environments[1].zones[0]: unknown field 'frontends' (did you mean 'frontEnds'?)");
        assertThat(problems.get(4)).startsWith(file + ":18:5: environments[1]: unknown field 'runingMode' (did you mean 'runningMode'?)");
        assertThat(e.getMessage()).isEqualTo(String.join("\n", problems));
    }

    @Test
    void problemsAreSortedByFileInTheOrderGivenThenByLine() throws IOException {
        Path inventory = dir.resolve("inventory.yaml");
        Files.writeString(inventory, """
                name: Inventory
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.1", hostng: cloud}
                """);
        Path overlay = dir.resolve("overlay.yaml");
        Files.writeString(overlay, """
                environments:
                  - name: Production
                    upgradeStrategy: zero-downtme
                lifetime: {verson: "11.23.0", platformVersion: "11.30.1"}
                """);

        EstateInputException e = catchThrowableOfType(() -> new EstateLoader().load(overlay, inventory),
                EstateInputException.class);

        assertThat(e.problems()).hasSize(3);
        assertThat(e.problems().get(0)).startsWith(overlay + ":3:22: environments[0].upgradeStrategy: unknown value 'zero-downtme'");
        assertThat(e.problems().get(1)).startsWith(overlay + ":4:12: lifetime: unknown field 'verson'");
        assertThat(e.problems().get(2)).startsWith(inventory + ":3:70: environments[0]: unknown field 'hostng'");
    }

    @Test
    void pastFiftyTheRestAreCounted() throws IOException {
        StringBuilder yaml = new StringBuilder("name: Many\nenvironments:\n");
        for (int i = 0; i < 60; i++) {
            yaml.append("  - {name: E").append(i).append(", role: qualty, platformVersion: \"11.30.1\"}\n");
        }
        Path file = dir.resolve("many.yaml");
        Files.writeString(file, yaml);

        EstateInputException e = catchThrowableOfType(() -> new EstateLoader().load(file), EstateInputException.class);

        assertThat(e.problems()).hasSize(EstateProblems.LIMIT + 1);
        assertThat(e.problems().get(0)).startsWith(file + ":3:");
        assertThat(e.problems().get(49)).startsWith(file + ":52:");
        assertThat(e.problems().get(50)).isEqualTo("10 more problems not listed: fix these and run again");
    }
}
