package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline examples in samples/ci: each is well-formed and its estate-audit command, with
 * the pipeline's variables filled in, really runs and writes the reports the later steps publish.
 */
class CiSamplesTest {

    private static final Pattern COMMAND = Pattern.compile("\\./estate-audit check ((?:[^\\n]*\\\\\\n)*[^\\n]*)");

    @TempDir
    Path reports;

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "azure-pipelines.yml", "Jenkinsfile"})
    void theExampleCommandRunsAndWritesTheReportsItPublishes(String name) throws IOException {
        String pipeline = Files.readString(Path.of("samples", "ci", name));
        if (name.endsWith(".yml")) {
            assertThat(new ObjectMapper(new YAMLFactory()).readTree(pipeline)).as("valid YAML").isNotNull();
        }
        assertThat(pipeline).contains("--fail-on");
        Matcher m = COMMAND.matcher(pipeline);
        assertThat(m.find()).as("an estate-audit check command in %s", name).isTrue();
        String command = m.group(1).replace("\\\n", " ")
                .replace("$ESTATE", "samples/acme-factory-11.yaml")
                .replace("\"$FAIL_ON\"", "error")
                .replace("\"$REPORTS/", reports + "/")
                .replace("=reports/", "=" + reports + "/")
                .replace("\"", "");
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(Arrays.stream(command.trim().split("\\s+")).toList());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as("the sample estate fails the gate on purpose: %s", run.err()).isEqualTo(ExitCodes.GATE_FAILED);
        Matcher files = Pattern.compile("(sarif|junit|markdown|html)=\\S*/(estate-audit\\.\\w+)").matcher(command);
        int written = 0;
        while (files.find()) {
            assertThat(reports.resolve(files.group(2))).as(files.group()).isNotEmptyFile();
            assertThat(pipeline).as("the pipeline publishes what it writes").contains(files.group(2));
            written++;
        }
        assertThat(written).isGreaterThanOrEqualTo(2);
    }
}
