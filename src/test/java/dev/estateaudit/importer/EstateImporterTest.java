package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.ApplicationServer;
import dev.estateaudit.estate.DatabaseProvider;
import dev.estateaudit.estate.EstateEnvironment;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The mapping's edge cases, on answers held in memory. */
class EstateImporterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A source answering from JSON text; zones unknown, no modules unless given. */
    record Answers(String environmentsJson, String modulesJson) implements LifeTimeSource {
        @Override public String description() { return "test answers"; }
        @Override public JsonNode environments() { return parse(environmentsJson); }
        @Override public ZoneListing deploymentZones(String key, String name) { return ZoneListing.of(java.util.List.of()); }
        @Override public JsonNode applications() { return parse("[]"); }
        @Override public JsonNode modulesWithStatus() { return modulesJson == null ? null : parse(modulesJson); }

        private static JsonNode parse(String text) {
            try {
                return JSON.readTree(text);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    static ImportedEstate importing(String environments, String modules) {
        ImportSettings settings = new ImportSettings("Test", null, modules != null, Instant.EPOCH);
        return new EstateImporter(new Answers(environments, modules), settings, ImportProgress.none()).run();
    }

    @Test
    void whatLifeTimeSaysAmbiguouslyIsLeftOutAndNoted() {
        ImportedEstate imported = importing("""
                [{"Key": "a", "Name": "Staging", "OSVersion": "10.0.1017.0", "Order": 1, "EnvironmentType": "Staging",
                  "ApplicationServerType": "JAVA", "ApplicationServer": "", "DatabaseProvider": "DB2"}]
                """, null);

        EstateEnvironment staging = imported.estate().getEnvironments().get(0);
        assertThat(staging.getRole()).hasToString("quality");
        assertThat(staging.getApplicationServer()).isNull();
        assertThat(staging.getDatabaseProvider()).isNull();
        assertThat(staging.getHosting()).as("IsCloudEnvironment absent").isNull();
        assertThat(imported.environmentNotes().get("Staging")).containsExactly(
                "role: LifeTime gives the unknown type 'Staging'; imported as quality: confirm the role (development, "
                        + "quality, preproduction, production) in the overlay",
                "applicationServer: LifeTime gives only the stack 'JAVA' (JBoss or WebLogic?)",
                "databaseProvider: LifeTime gives 'DB2', which estate-audit does not know");
    }

    @Test
    void theEnvironmentTypeGivesThePurposeOnlyWhereItIsCertain() {
        ImportedEstate imported = importing("""
                [{"Key": "d", "Name": "Dev", "OSVersion": "11.26.0", "Order": 1, "EnvironmentType": "Development"},
                 {"Key": "t", "Name": "Test", "OSVersion": "11.26.0", "Order": 2, "EnvironmentType": "Test"},
                 {"Key": "n", "Name": "Staging", "OSVersion": "11.26.0", "Order": 3, "EnvironmentType": "NonProduction"},
                 {"Key": "q", "Name": "QA", "OSVersion": "11.26.0", "Order": 4, "EnvironmentType": ""},
                 {"Key": "p", "Name": "Prod", "OSVersion": "11.26.0", "Order": 5, "EnvironmentType": "Production"},
                 {"Key": "l", "Name": "Legacy", "OSVersion": "10.0.1017.0", "Order": 6, "EnvironmentType": "Production"}]
                """, null);

        assertThat(imported.estate().getEnvironments()).extracting(EstateEnvironment::getName, e -> String.valueOf(e.getPurpose()))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Dev", "development"),
                        org.assertj.core.groups.Tuple.tuple("Test", "null"),
                        org.assertj.core.groups.Tuple.tuple("Staging", "non-production"),
                        org.assertj.core.groups.Tuple.tuple("QA", "null"),
                        org.assertj.core.groups.Tuple.tuple("Prod", "production"),
                        org.assertj.core.groups.Tuple.tuple("Legacy", "null"));
        assertThat(imported.environmentNotes().get("Test")).contains("purpose: LifeTime's type 'Test', which does not tell the "
                + "purpose: give purpose (development, non-production, production) in the overlay");
        assertThat(imported.environmentNotes().get("QA")).anyMatch(n -> n.startsWith("purpose: LifeTime's type is empty"));
        assertThat(imported.environmentNotes().getOrDefault("Legacy", java.util.List.of()))
                .as("OutSystems 10 has no purpose to ask for").noneMatch(n -> n.startsWith("purpose"));
        // the file written loads: an OutSystems 10 environment never gets a purpose
        String yaml = EstateYamlWriter.write(imported);
        assertThat(new dev.estateaudit.estate.read.EstateLoader().loadText("import.yaml", yaml).getEnvironments()).hasSize(6);
    }

    @Test
    void anEnvironmentWithoutAVersionIsSkippedWithAWarning() {
        ImportedEstate imported = importing("""
                [{"Key": "a", "Name": "Development", "OSVersion": "11.26.0", "EnvironmentType": "Development"},
                 {"Key": "b", "Name": "Broken", "OSVersion": "", "EnvironmentType": "Test"}]
                """, null);

        assertThat(imported.estate().getEnvironments()).extracting(EstateEnvironment::getName).containsExactly("Development");
        assertThat(imported.warnings()).containsExactly("environment 'Broken' is skipped: LifeTime gives no Platform "
                + "Server version for it (OSVersion '')");
        assertThat(imported.header()).contains("skipped, no Platform Server version in LifeTime: Broken");
    }

    @Test
    void modulesGoOnlyUnderEnvironmentsWhereTheyHaveAStatus() {
        ImportedEstate imported = importing("""
                [{"Key": "a", "Name": "Development", "OSVersion": "11.26.0", "EnvironmentType": "Development"},
                 {"Key": "b", "Name": "Production", "OSVersion": "11.26.0", "EnvironmentType": "Production"}]
                """, """
                [{"Key": "m1", "Name": "Zeta", "Kind": "Unknown", "ModuleStatusInEnv": [
                    {"ApplicationKey": "x", "EnvironmentKey": "b", "ConsistencyStatus": "Producer Module Missing"},
                    {"ApplicationKey": "x", "EnvironmentKey": "gone", "ConsistencyStatus": "OK"}]},
                 {"Key": "m2", "Name": "Alpha", "Kind": "eSpace", "ModuleStatusInEnv": [
                    {"ApplicationKey": "x", "EnvironmentKey": "b", "ConsistencyStatus": ""}]}]
                """);

        assertThat(imported.estate().getEnvironments().get(0).getModules()).isEmpty();
        assertThat(imported.estate().getEnvironments().get(1).getModules())
                .extracting(m -> m.getName() + "/" + m.getKind() + "/" + m.getApplication() + "/" + m.getConsistencyStatus())
                .as("sorted by name; unknown kind and application left out; empty status means unknown")
                .containsExactly("Alpha/espace/null/null", "Zeta/null/null/Producer Module Missing");
    }

    @Test
    void anAnswerThatIsNotAListIsRefused() {
        assertThatThrownBy(() -> importing("{\"Errors\": []}", null))
                .isInstanceOf(ImportException.class).hasMessage("GET /environments/: expected a JSON array, found object");
    }
}
