package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.read.EstateLoader;
import org.junit.jupiter.api.Test;

/**
 * Issue 29, item 2: a LifeTime answer holding U+2028, U+2029 or U+0085 planted keys through the
 * comments the import writer wrote (now dropped there); in a value, and half a UTF-16 pair (item
 * 7), they cannot be written so that the tool reads them back: exit 2.
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
    void aNameHoldingOneCannotBeWrittenSoThatItReadsBackAndIsAnInputErrorNotAnInternalOne() {
        EstateImporterTest.Answers answers = new EstateImporterTest.Answers("""
                [{"Key": "p", "Name": "Prod\\u2028uction", "OSVersion": "11.26.0", "Order": 1, "EnvironmentType": "Production"}]
                """, null);
        ImportSettings settings = new ImportSettings("Test", null, false, java.time.Instant.EPOCH);

        // escaped, check would refuse it as every reader does; before, the import's own load check made this exit 3
        assertThatThrownBy(() -> dev.estateaudit.app.ImportRun.run(answers, settings, null)).isInstanceOf(ImportException.class)
                .hasMessageContaining("'Prod\\u2028uction' cannot be written faithfully")
                .hasMessageContaining("the line separator U+2028");
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
