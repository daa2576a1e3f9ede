package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.Version;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dotnetHostingBundle takes one version or a list of them; each element's problem is named where it was written. */
class VersionListTest {

    private static Estate load(String yaml) {
        return new EstateLoader().loadText("estate.yaml", yaml);
    }

    @Test
    void oneVersionOrAListOfThem() {
        Estate estate = load("""
                name: Bundles
                environments:
                  - {name: One, role: production, platformVersion: "11.30.0", dotnetHostingBundle: "8.0.11"}
                  - {name: Two, role: quality, platformVersion: "11.30.0", dotnetHostingBundle: ["6.0.36", "8.0.11"]}
                  - {name: None, role: development, platformVersion: "11.30.0"}
                """);

        assertThat(estate.getEnvironments().get(0).getDotnetHostingBundle()).containsExactly(Version.parse("8.0.11"));
        assertThat(estate.getEnvironments().get(1).getDotnetHostingBundle())
                .containsExactly(Version.parse("6.0.36"), Version.parse("8.0.11"));
        assertThat(estate.getEnvironments().get(2).getDotnetHostingBundle()).isNull();
    }

    @Test
    void everyBadElementIsNamedAtItsOwnLineAndIndex() {
        EstateInputException e = catchThrowableOfType(() -> load("""
                name: Bundles
                environments:
                  - name: Production
                    role: production
                    platformVersion: "11.30.0"
                    dotnetHostingBundle:
                      - "6.0.36"
                      - 8.0
                      -
                      - {version: "8.0.11"}
                      - "eight"
                  - name: Quality
                    role: quality
                    platformVersion: "11.30.0"
                    dotnetHostingBundle: []
                """), EstateInputException.class);

        assertThat(e.problems()).hasSize(5);
        assertThat(e.problems().get(0)).startsWith("estate.yaml:8:9: environments[0].dotnetHostingBundle[1]: write the version as a quoted string");
        assertThat(e.problems().get(1)).startsWith("estate.yaml:9:8: environments[0].dotnetHostingBundle[2]: empty list item");
        assertThat(e.problems().get(2)).startsWith("estate.yaml:10:9: environments[0].dotnetHostingBundle[3]: expected a version");
        assertThat(e.problems().get(3)).startsWith("estate.yaml:11:9: environments[0].dotnetHostingBundle[4]:");
        assertThat(e.problems().get(4)).contains("environments[1].dotnetHostingBundle: an empty list: give at least one version");
    }

    @Test
    void anOverlayReplacesTheListWhole(@TempDir Path dir) throws IOException {
        Path inventory = Files.writeString(dir.resolve("inventory.yaml"), """
                name: Bundles
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.0", dotnetHostingBundle: ["6.0.36", "8.0.11"]}
                """);
        Path overlay = Files.writeString(dir.resolve("overlay.yaml"), """
                environments:
                  - {name: Production, dotnetHostingBundle: "8.0.12"}
                """);

        Estate estate = new EstateLoader().load(inventory, overlay);

        assertThat(estate.getEnvironments().get(0).getDotnetHostingBundle()).containsExactly(Version.parse("8.0.12"));
    }
}
