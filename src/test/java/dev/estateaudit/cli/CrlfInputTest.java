package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written on Windows end their lines with \r\n: every input a run reads (estates in YAML and
 * JSON, waivers, a baseline, the configuration, user rules and their tests, LifeTime answers) gives
 * the same result with them as with \n, and a problem is reported at the same line and column.
 * Each run is made twice, on a copy of its files with \n and on one with \r\n, in folders of the
 * same name length, and the outputs are compared once each folder is named alike.
 */
class CrlfInputTest {

    @TempDir
    Path work;

    private Path lf;
    private Path crlf;

    @BeforeEach
    void copyTheInputsBothWays() throws IOException {
        lf = Files.createDirectories(work.resolve("lf"));
        crlf = Files.createDirectories(work.resolve("cr"));
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter()
                .writeValueAsString(new YAMLMapper().readTree(Path.of("samples/acme-factory-11.yaml").toFile()));
        for (Path copy : List.of(lf, crlf)) {
            String ending = copy == crlf ? "\r\n" : "\n";
            copyTree(Path.of("samples"), copy.resolve("samples"), ending);
            copyTree(Path.of("src/test/resources/cli/broken-rules"), copy.resolve("broken-rules"), ending);
            write(copy.resolve("acme.json"), json, ending);
            write(copy.resolve("estate-audit.yaml"), "fail-on: warning\nskip:\n  - module-*\n", ending);
            write(copy.resolve("bad.yaml"), "name: Bad\nenvironments:\n  - name: Production\n    role: prodution\n"
                    + "    platformVersion: \"11.30.1\"\n", ending);
        }
        assertThat(Files.readString(crlf.resolve("samples/acme-factory-11.yaml"))).contains("\r\n");
        assertThat(Files.readString(lf.resolve("samples/acme-factory-11.yaml"))).doesNotContain("\r");
    }

    @Test
    void estatesWaiversAndTheConfiguration() throws IOException {
        sameRun("check", "{dir}/samples/acme-factory-11.yaml", "--waivers", "{dir}/samples/waivers/acme-factory-11.yaml",
                "--as-of", "2026-12-20", "--config", "{dir}/estate-audit.yaml", "--format", "json");
        sameRun("check", "{dir}/acme.json", "--format", "json");
        sameRun("check", "{dir}/samples/legacy-10-to-11.yaml", "{dir}/samples/overlay.yaml");
    }

    @Test
    void aBaseline() throws IOException {
        for (Path copy : List.of(lf, crlf)) {
            CliRun write = CliRun.of("baseline", "write", copy.resolve("baseline.json").toString(),
                    copy.resolve("samples/acme-factory-11.yaml").toString());
            assertThat(write.exitCode()).as(write.err()).isZero();
            String baseline = Files.readString(copy.resolve("baseline.json"));
            Files.writeString(copy.resolve("baseline.json"), copy == crlf ? baseline.replace("\n", "\r\n") : baseline);
        }
        CliRun run = sameRun("check", "{dir}/samples/acme-factory-11.yaml", "--baseline", "{dir}/baseline.json", "--gate", "new");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void userRulesAndTheirTests() throws IOException {
        CliRun verify = sameRun("verify", "{dir}/samples/rules", "--rules", "{dir}/samples/rules");
        assertThat(verify.exitCode()).as(verify.err()).isZero();
        sameRun("check", "{dir}/samples/legacy-10-to-11.yaml", "--rules", "{dir}/samples/rules", "--no-cache", "--format", "json");
    }

    @Test
    void lifeTimeAnswersSavedByThePipeline() throws IOException {
        CliRun run = sameRun("import", "pipeline-artifacts", "{dir}/samples/pipeline-artifacts/Artifacts", "--output", "{dir}/import.yaml");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(imported(crlf)).isEqualTo(imported(lf)).contains("name: \"Production\"");
    }

    /** The imported estate, its source folder named alike and without the time of the import. */
    private static String imported(Path dir) throws IOException {
        return Files.readString(dir.resolve("import.yaml")).replace(dir.toString(), "{dir}").replaceAll("# Imported at: .*", "");
    }

    @Test
    void problemsAreReportedAtTheSameLineAndColumn() throws IOException {
        CliRun estate = sameRun("check", "{dir}/bad.yaml");
        assertThat(estate.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(estate.err()).contains("bad.yaml:4:11: environments[0].role: unknown value 'prodution'");

        CliRun rule = sameRun("check", "{dir}/samples/clean-estate.yaml", "--rules", "{dir}/broken-rules", "--no-cache");
        assertThat(rule.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(rule.err()).contains("broken.drl:");
    }

    /** Runs the command on both copies: the same exit code, and the same output once the folder is named alike. */
    private CliRun sameRun(String... template) {
        CliRun withLf = CliRun.of(arguments(template, lf));
        CliRun withCrlf = CliRun.of(arguments(template, crlf));
        assertThat(withLf.exitCode()).as(withLf.err()).isIn(ExitCodes.OK, ExitCodes.GATE_FAILED, ExitCodes.BAD_INPUT);
        assertThat(withCrlf.exitCode()).as(withCrlf.err()).isEqualTo(withLf.exitCode());
        assertThat(withCrlf.out().replace(crlf.toString(), "{dir}")).isEqualTo(withLf.out().replace(lf.toString(), "{dir}"));
        assertThat(withCrlf.err().replace(crlf.toString(), "{dir}")).isEqualTo(withLf.err().replace(lf.toString(), "{dir}"));
        return withCrlf;
    }

    private static String[] arguments(String[] template, Path dir) {
        List<String> arguments = new ArrayList<>();
        for (String argument : template) {
            arguments.add(argument.replace("{dir}", dir.toString()));
        }
        return arguments.toArray(String[]::new);
    }

    private static void copyTree(Path from, Path to, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                write(to.resolve(from.relativize(file).toString()), Files.readString(file), ending);
            }
        }
    }

    private static void write(Path file, String text, String ending) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.replace("\r\n", "\n").replace("\n", ending));
    }
}
