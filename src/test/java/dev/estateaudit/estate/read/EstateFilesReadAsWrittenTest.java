package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.Estate;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.EstateModule;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 29, items 4, 20 and the reader parts of 24: duplicates in any file, look-alike names in an
 * overlay, the encodings a YAML file may have, bytes that are not UTF-8, and the format characters
 * real names use.
 */
class EstateFilesReadAsWrittenTest {

    private static final String ESTATE = """
            name: ACME
            environments:
              - name: Development
                role: development
                platformVersion: "11.30.1"
                modules:
                  - {name: Orders_CS}
              - name: Production
                role: production
                platformVersion: "11.30.1"
            """;

    @TempDir
    Path folder;

    private final EstateLoader loader = new EstateLoader();

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void duplicatesInALaterFileAreRefusedAtThatFilesOwnIndex() throws Exception {
        Path estate = write("estate.yaml", ESTATE);
        Path overlay = write("overlay.yaml", """
                name: ACME
                environments:
                  - name: Production
                    debugMode: true
                  - name: Production
                    debugMode: false
                  - name: Development
                    modules:
                      - {name: Billing_CS}
                      - {name: Billing_CS, debugMode: true}
                """);

        assertThatThrownBy(() -> loader.load(estate, overlay)).isInstanceOf(EstateInputException.class)
                .hasMessageContaining(overlay + ":5:5: environments[1].name: duplicate environment name 'Production'")
                .hasMessageContaining(overlay + ":10:9: environments[2].modules[1].name: duplicate module name 'Billing_CS'");
        // the other order: the same problems, each at the overlay's own index
        assertThatThrownBy(() -> loader.load(overlay, estate)).isInstanceOf(EstateInputException.class)
                .hasMessageContaining(overlay + ":5:5: environments[1].name: duplicate environment name 'Production'")
                .hasMessageContaining(overlay + ":10:9: environments[2].modules[1].name: duplicate module name 'Billing_CS'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Orders_CS ", "orders_cs", "ORDERS_CS"})
    void anOverlayNameDifferingOnlyInCaseOrSpacesIsRefusedNotAppended(String lookAlike) throws Exception {
        Path estate = write("estate.yaml", ESTATE);
        Path overlay = write("overlay.yaml", "name: ACME\nenvironments:\n  - name: Development\n    modules:\n"
                + "      - {name: \"" + lookAlike + "\", debugMode: true}\n");

        assertThatThrownBy(() -> loader.load(estate, overlay)).isInstanceOf(EstateInputException.class)
                .hasMessageContaining(overlay + ":5:9: module '" + lookAlike + "' differs from 'Orders_CS' (" + estate + ":7:9)")
                .hasMessageContaining("only in letter case, spaces or Unicode form");
    }

    @Test
    void anOverlayNameInAnotherUnicodeFormIsRefusedAndTheSameFormMerges() throws Exception {
        String composed = "Caf\u00e9_CS";
        Path estate = write("estate.yaml", ESTATE.replace("Orders_CS", composed));
        Path decomposed = write("nfd.yaml", "name: ACME\nenvironments:\n  - name: Development\n    modules:\n"
                + "      - {name: \"" + Normalizer.normalize(composed, Normalizer.Form.NFD) + "\", debugMode: true}\n");
        assertThatThrownBy(() -> loader.load(estate, decomposed)).hasMessageContaining("only in letter case, spaces or Unicode form");

        Path same = write("same.yaml", "name: ACME\nenvironments:\n  - name: Development\n    modules:\n"
                + "      - {name: \"" + composed + "\", debugMode: true}\n");
        EstateEnvironment development = loader.load(estate, same).getEnvironments().get(0);
        assertThat(development.getModules()).extracting(EstateModule::getName).containsExactly(composed);
        assertThat(development.getModules().get(0).getDebugMode()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-32BE", "UTF-32LE", "UTF-16BE", "UTF-16LE", "UTF-8"})
    void yamlWithAByteOrderMarkIsReadInItsEncoding(String encoding) throws Exception {
        Path file = folder.resolve("estate.yaml");
        Files.write(file, ("\uFEFF" + ESTATE.replace("ACME", "ACME \u00e9\uD83D\uDE80")).getBytes(Charset.forName(encoding)));

        Estate estate = loader.load(file);

        assertThat(estate.getName()).isEqualTo("ACME \u00e9\uD83D\uDE80");
        assertThat(estate.getEnvironments()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-32LE", "UTF-16BE", "UTF-8"})
    void charactersAcrossTheReadersBuffersArriveWhole(String encoding) throws Exception {
        String rockets = "\uD83D\uDE80\u00e9".repeat(5000); // 35,000 bytes in UTF-8, pairs across every 8 KB boundary
        Path file = folder.resolve("estate.yaml");
        Files.write(file, ("\uFEFF" + ESTATE.replace("Orders_CS", rockets)).getBytes(Charset.forName(encoding)));

        assertThat(loader.load(file).getEnvironments().get(0).getModules().get(0).getName()).isEqualTo(rockets);
    }

    @Test
    void latin1IsNotUtf8AtItsLineNotAnExceptionAtTheStart() throws Exception {
        Path yaml = folder.resolve("estate.yaml");
        Files.write(yaml, ESTATE.replace("name: Production", "name: Producci\u00f3n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.load(yaml)).isInstanceOf(EstateInputException.class)
                .hasMessageStartingWith(yaml + ":8:")
                .hasMessageContaining("the file is not UTF-8 text here (the byte 0xF3")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("syntax error");

        Path json = folder.resolve("estate.json");
        Files.write(json, "{\"name\": \"ACME\",\n \"environments\": [{\"name\": \"Producci\u00f3n\", \"role\": \"production\", \"platformVersion\": \"11.30.1\"}]}"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> loader.load(json)).isInstanceOf(EstateInputException.class)
                .hasMessageStartingWith(json + ":2:")
                .hasMessageContaining("the file is not UTF-8 text here")
                .hasMessageNotContaining("Invalid UTF-8");
    }

    @Test
    void theJoinersRealNamesUseAreAcceptedAndTheBidiOverridesStillRefused() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        String family = "Team \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        Estate estate = loader.loadText("estate.yaml", ESTATE.replace("Orders_CS", persian).replace("name: ACME", "name: \"" + family + "\""));
        assertThat(estate.getName()).isEqualTo(family);
        assertThat(estate.getEnvironments().get(0).getModules().get(0).getName()).isEqualTo(persian);

        assertThatThrownBy(() -> loader.loadText("estate.yaml", ESTATE.replace("Orders_CS", "Orders\u202E_CS")))
                .hasMessageContaining("U+202E");
    }
}
