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
