package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import dev.estateaudit.estate.FrontEnd;
import dev.estateaudit.estate.Hosting;
import dev.estateaudit.estate.LifeTime;
import dev.estateaudit.estate.ModuleKind;
import dev.estateaudit.estate.Purpose;
import dev.estateaudit.estate.Role;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.UpgradeStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EstateLoaderTest {

    private static final String VALID = """
            name: ACME
            lifetime: {platformVersion: "11.30.1", dedicated: true}
            environments:
              - name: Development
                role: Development
                platformVersion: "11.30.1"
                hosting: On-Premises
                upgradeStrategy: ZERO_DOWNTIME
                zones:
                  - name: Global
                    frontEnds:
                      - {name: fe-1}
                      - {name: fe-2, platformVersion: "11.29.0", enabled: false}
                modules:
                  - {name: A_CS, references: [B_CS], lastPublished: "2026-10-01T12:00:00Z"}
              - name: Production
                role: production
                platformVersion: "11.30.1"
            """;

    @TempDir
    Path dir;

    private final EstateLoader loader = new EstateLoader();

    @Test
    void readsAnEstateWithCaseInsensitiveEnumsAndFillsDefaults() throws IOException {
        Estate estate = loader.load(write("estate.yaml", VALID));
        EstateEnvironment development = estate.getEnvironments().get(0);
        assertThat(development.getRole()).isEqualTo(Role.DEVELOPMENT);
        assertThat(development.getHosting()).isEqualTo(Hosting.ON_PREMISES);
        assertThat(development.getUpgradeStrategy()).isEqualTo(UpgradeStrategy.ZERO_DOWNTIME);
        FrontEnd first = development.getZones().get(0).getFrontEnds().get(0);
        assertThat(first.getPlatformVersion()).hasToString("11.30.1");
        assertThat(first.getEnabled()).isTrue();
        assertThat(first.getEnvironment()).isEqualTo("Development");
        assertThat(first.getZone()).isEqualTo("Global");
        EstateModule module = development.getModules().get(0);
        assertThat(module.getKind()).isEqualTo(ModuleKind.ESPACE);
        assertThat(module.getEnvironment()).isEqualTo("Development");
        assertThat(module.getPosition()).isEqualTo(new SourcePosition(dir.resolve("estate.yaml").toString(), 15, 9));
        assertThat(development.getPosition().line()).isEqualTo(4);
    }

    @Test
    void readsJsonToo() throws IOException {
        Estate estate = loader.load(write("estate.json", """
                {"name": "ACME", "environments": [{"name": "Production", "role": "production", "platformVersion": "11.30.1"}]}
                """));
        assertThat(estate.getEnvironments()).extracting(EstateEnvironment::getName).containsExactly("Production");
    }

    @Test
    void mergesLaterFilesOverEarlierOnesByName() throws IOException {
        Path inventory = write("inventory.yaml", VALID);
        Path overlay = write("overlay.yaml", """
                licenses: {production: 1}
                lifetime: {version: "11.23.0"}
                upgrade: {targetVersion: "11.31.0", order: [Development, Production]}
                environments:
                  - name: Production
                    purpose: production
                    debugMode: false
                    modules:
                      - {name: Orders_CS, debugMode: false}
                  - name: Development
                    modules:
                      - {name: A_CS, debugMode: true}
                  - name: Quality
                    role: quality
                    platformVersion: "11.29.0"
                """);
        Estate estate = loader.load(inventory, overlay);
        assertThat(estate.getFiles()).containsExactly(inventory.toString(), overlay.toString());
        assertThat(estate.getLifetime().getVersion()).hasToString("11.23.0");
        assertThat(estate.getLifetime().getPlatformVersion()).hasToString("11.30.1");
        assertThat(estate.getLicenses().getProduction()).isEqualTo(1);
        assertThat(estate.getEnvironments()).extracting(EstateEnvironment::getName)
                .containsExactly("Development", "Production", "Quality");
        EstateEnvironment development = estate.getEnvironments().get(0);
        assertThat(development.getModules()).hasSize(1);
        assertThat(development.getModules().get(0).getDebugMode()).isTrue();
        assertThat(development.getModules().get(0).getReferences()).containsExactly("B_CS");
        assertThat(development.getZones().get(0).getFrontEnds()).hasSize(2);
        EstateEnvironment production = estate.getEnvironments().get(1);
        assertThat(production.getRole()).isEqualTo(Role.PRODUCTION);
        assertThat(production.getPurpose()).isEqualTo(Purpose.PRODUCTION);
        assertThat(production.getDebugMode()).isFalse();
        assertThat(production.getRunningMode()).isNull();
        assertThat(production.getModules()).extracting(EstateModule::getName).containsExactly("Orders_CS");
    }

    @Test
    void anOverlayMaySupplyWhatTheInventoryLacks() throws IOException {
        Path inventory = write("import.yaml", """
                name: Imported
                environments:
                  - {name: Production, role: production, platformVersion: "11.30.1"}
                lifetime: {version: "11.23.0"}
                """);
        assertThatThrownBy(() -> loader.load(inventory)).hasMessageContaining("lifetime.platformVersion");
        Path overlay = write("overlay.yaml", "lifetime: {platformVersion: \"11.30.1\"}\n");
        assertThat(loader.load(inventory, overlay).getLifetime().getPlatformVersion()).hasToString("11.30.1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed YAML          | 'name: X\nenvironments:\n  - name: P\n   role: x: y'                       | :4:4: YAML syntax error: expected <block end>
            wrong type              | 'name: X\nenvironments: {name: P}'                                      | environments: expected a list, found a mapping
            unknown enum value      | 'name: X\nenvironments:\n  - {name: P, role: prodution, platformVersion: "11"}' | :3:21: environments[0].role: unknown value 'prodution' (did you mean 'production'?)
            missing estate name     | 'environments:\n  - {name: P, role: production, platformVersion: "11"}'  | :1:1: name: required field is missing
            no environments         | 'name: X\nenvironments: []'                                              | environments: required: at least one environment
            missing role            | 'name: X\nenvironments:\n  - {name: P, platformVersion: "11"}'             | :3:5: environments[0].role: required field is missing of environment 'P'
            missing platformVersion | 'name: X\nenvironments:\n  - {name: P, role: production}'                  | environments[0].platformVersion: required field is missing
            unparseable version     | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "eleven"}' | :3:50: environments[0].platformVersion: 'eleven' is not a version
            unquoted float version  | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: 11.10}'    | write the version as a quoted string
            duplicate environment   | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11"}\n  - {name: P, role: quality, platformVersion: "11"}' | :4:5: environments[1].name: duplicate environment name 'P'
            duplicate module        | 'name: X\nenvironments:\n  - name: P\n    role: production\n    platformVersion: "11"\n    modules: [{name: M}, {name: M}]' | :6:26: environments[0].modules[1].name: duplicate module name 'M'
            unknown order entry     | 'name: X\nupgrade: {order: [Prodution]}\nenvironments:\n  - {name: Production, role: production, platformVersion: "11"}' | upgrade.order[0]: unknown environment 'Prodution' (did you mean 'Production'?)
            unknown field           | 'name: X\nenvironments:\n  - {name: P, role: production, platfromVersion: "11"}' | environments[0]: unknown field 'platfromVersion' (did you mean 'platformVersion'?)
            duplicate key           | 'name: X\nname: Y\nenvironments: []'                                     | Duplicate field 'name'
            bad timestamp           | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11", runningModeChangedAt: yesterday}' | environments[0].runningModeChangedAt
            negative count          | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11", frontEndCount: -1}' | environments[0].frontEndCount: must not be negative
            running mode on 11      | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11.29.0", runningMode: production}' | :3:5: environments[0].runningMode: OutSystems 11 has no running mode (environment 'P' runs Platform Server 11.29.0): state the environment's purpose
            mode change on 11       | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11", runningModeChangedAt: "2026-01-01T00:00:00Z"}' | environments[0].runningModeChangedAt: OutSystems 11 has no running mode
            purpose on 10           | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "10.0.1019.0", purpose: production}' | :3:5: environments[0].purpose: purpose exists from OutSystems 11 on (environment 'P' runs Platform Server 10.0.1019.0): state its runningMode
            debug mode on 10        | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "10.0.1019.0", debugMode: true}' | environments[0].debugMode: an environment-level debug mode exists from OutSystems 11 on
            management purpose      | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11.29.0", purpose: Management}' | environments[0].purpose: management is the purpose of LifeTime's own environment, which the lifetime block describes
            misspelt purpose        | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11", purpose: prodution}' | environments[0].purpose: unknown value 'prodution' (did you mean 'production'?); expected one of development, non-production, production
            visual C++ not years    | 'name: X\nenvironments:\n  - {name: P, role: production, platformVersion: "11", visualCppRedistributable: latest}' | environments[0].visualCppRedistributable: expected the redistributable's years as Microsoft names it, e.g. "2015-2022"; found 'latest'
            lifetime without version | 'name: X\nlifetime: {dedicated: true}\nenvironments:\n  - {name: P, role: production, platformVersion: "11"}' | :2:11: lifetime.platformVersion: required when lifetime is given
            """)
    void badInputGetsOneMessageNamingFileLineAndField(String label, String content, String expected) throws IOException {
        Path file = write("bad.yaml", content.replace("\\n", "\n"));
        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(EstateInputException.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining(expected)
                .hasNoCause();
    }

    @Test
    void aRunningModeOnElevenNamesPurposeAndHowTheValuesMap() throws IOException {
        Path file = write("eleven.yaml", "name: X\nenvironments:\n  - {name: Q, role: quality, platformVersion: \"11.29.0\", "
                + "runningMode: development}\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(EstateInputException.class).hasMessage(file
                + ":3:5: environments[0].runningMode: OutSystems 11 has no running mode (environment 'Q' runs Platform Server "
                + "11.29.0): state the environment's purpose (development | non-production | production) and its debugMode "
                + "(true | false) instead. Running mode development maps to purpose development, production to production; "
                + "a quality or pre-production environment is usually non-production");
        Path ten = write("ten.yaml", "name: X\nenvironments:\n  - {name: P, role: production, platformVersion: \"10.0.1019.0\", "
                + "purpose: production}\n");
        assertThatThrownBy(() -> loader.load(ten)).hasMessageEndingWith("state its runningMode (development | production) instead");
    }

    @Test
    void anOverlayGivingARunningModeToAnElevenEnvironmentIsRefusedAfterTheMerge() throws IOException {
        Path inventory = write("import.yaml", "name: X\nenvironments:\n  - {name: P, role: production, platformVersion: \"11.29.0\"}\n");
        Path overlay = write("overlay.yaml", "environments:\n  - {name: P, runningMode: production}\n");
        assertThatThrownBy(() -> loader.load(inventory, overlay)).hasMessageContaining("environments[0].runningMode: OutSystems 11 has no running mode");
        Path eleven = write("eleven-overlay.yaml", "environments:\n  - {name: P, purpose: Non-Production, debugMode: true}\n");
        EstateEnvironment merged = loader.load(inventory, eleven).getEnvironments().get(0);
        assertThat(merged.getPurpose()).isEqualTo(Purpose.NON_PRODUCTION);
        assertThat(merged.getDebugMode()).isTrue();
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path file = write("bad.json", "{\n  \"name\": \"X\",\n  \"environments\": [\n}\n");
        assertThatThrownBy(() -> loader.load(file)).hasMessageStartingWith(file + ":4:").hasMessageContaining("JSON syntax error: Unexpected close marker '}'").hasMessageNotContaining("Source");
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path empty = write("empty.yaml", "");
        assertThatThrownBy(() -> loader.load(empty)).hasMessage(empty + ": the file is empty: an estate needs at least a name and one environment");
        Path onlyComments = write("comments.yaml", "# nothing yet\n");
        assertThatThrownBy(() -> loader.load(onlyComments)).hasMessageContaining("the file is empty");
    }

    @Test
    void aMissingFileOrUnknownExtensionIsNamed() {
        assertThatThrownBy(() -> loader.load(dir.resolve("nope.yaml"))).hasMessageEndingWith("nope.yaml: no such file");
        assertThatThrownBy(() -> loader.load(dir.resolve("estate.txt"))).hasMessageContaining("an estate file ends in .yaml, .yml or .json");
    }

    @Test
    void anUnquotedVersionGetsItsOwnMessageAndNoFalseOneAboutSettingsThatDependOnIt() throws IOException {
        Path estate = write("unquoted.yaml", """
                name: V
                environments:
                  - name: Production
                    role: production
                    platformVersion: 11.29
                    purpose: production
                    debugMode: false
                """);

        assertThatThrownBy(() -> loader.load(estate)).isInstanceOf(EstateInputException.class)
                .hasMessageContaining("environments[0].platformVersion: write the version as a quoted string")
                .hasMessageNotContaining("runs Platform Server null")
                .hasMessageNotContaining("purpose exists from OutSystems 11 on")
                .hasMessageNotContaining("debug mode exists from OutSystems 11 on");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
