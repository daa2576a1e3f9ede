package dev.estateaudit.util;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Case 10 of the hardening issue: a run ended by SIGTERM or SIGINT while writing leaves no temporary file. */
class OutputFilesSignalTest {

    @TempDir
    Path folder;

    /** Renders half a report into a temporary file, then waits to be killed; the exit guard is installed as Main does. */
    public static void main(String[] args) {
        ExitGuard.install();
        OutputFiles.write(Path.of(args[0]), out -> {
            out.write("half a report");
            out.flush();
            System.out.println("rendering");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void aSignalRemovesTheTemporaryFile(String signal) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", classPath, OutputFilesSignalTest.class.getName(),
                folder.resolve("report.md").toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("rendering");
        assertThat(temporaries()).as("the temporary file exists while rendering").hasSize(1);

        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(temporaries()).isEmpty();
        assertThat(folder.resolve("report.md")).doesNotExist();
    }

    private long[] temporaries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> 1).toArray();
        }
    }
}
