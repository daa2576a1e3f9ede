package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import org.junit.jupiter.api.Test;

/**
 * Issue 29, item 2: a LifeTime answer holding U+2028, U+2029 or U+0085 planted keys through the
 * comments the import writer wrote; item 7: half a UTF-16 pair cannot be written faithfully.
 */
class ImportWriterHiddenTextTest {

    @Test
    void aTypeHoldingALineBreakOnlyYamlSeesPlantsNothingThroughAComment() {
        ImportedEstate imported = EstateImporterTest.importing("""
                [{"Key": "d", "Name": "Dev", "OSVersion": "11.26.0", "Order": 1,
                  "EnvironmentType": "X\\u2028    debugMode: false\\u2029    license: production\\u0085    upgradeStrategy: downtime"},
                 {"Key": "p", "Name": "Prod", "OSVersion": "11.26.0", "Order": 2, "EnvironmentType": "Production"}]
                """, null);

        String yaml = EstateYamlWriter.write(imported);

        assertThat(yaml).doesNotContain("\u2028").doesNotContain("\u2029").doesNotContain("\u0085")
                .contains("'X     debugMode: false     license: production     upgradeStrategy: downtime'");
        Estate read = new EstateLoader().loadText("import.yaml", yaml);
        EstateEnvironment dev = read.getEnvironments().get(0);
        assertThat(dev.getName()).isEqualTo("Dev");
        assertThat(dev.getDebugMode()).isNull();
        assertThat(dev.getLicense()).isNull();
        assertThat(dev.getUpgradeStrategy()).isNull();
    }

    @Test
    void aNameHoldingOneIsWrittenEscapedAndNeverRaw() {
        ImportedEstate imported = EstateImporterTest.importing("""
                [{"Key": "p", "Name": "Prod\\u2028uction", "OSVersion": "11.26.0", "Order": 1, "EnvironmentType": "Production"}]
                """, null);

        String yaml = EstateYamlWriter.write(imported);

        assertThat(yaml).contains("- name: \"Prod\\u2028uction\"").doesNotContain("\u2028");
    }

    @Test
    void halfAPairCannotBeWrittenFaithfullyAndIsAnInputError() {
        ImportedEstate imported = EstateImporterTest.importing("""
                [{"Key": "p", "Name": "Prod\\ud800", "OSVersion": "11.26.0", "Order": 1, "EnvironmentType": "Production"}]
                """, null);

        assertThatThrownBy(() -> EstateYamlWriter.write(imported)).isInstanceOf(ImportException.class)
                .hasMessageContaining("'Prod\\uD800' cannot be written faithfully")
                .hasMessageContaining("a lone UTF-16 surrogate U+D800");
    }
}
