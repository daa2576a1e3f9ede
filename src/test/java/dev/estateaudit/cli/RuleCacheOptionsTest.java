package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import dev.estateaudit.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --rules} with {@code --cache-dir} and {@code --no-cache}, end to end through the CLI. */
class RuleCacheOptionsTest {

    private static final Path SAMPLE = Path.of("samples/acme-factory-11.yaml");
    private static final Path USER_RULES = Path.of("bench/user-rules");

    @TempDir
    Path temp;

    private record Run(int code, String out, String err) {
    }

    private static Run check(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("check", SAMPLE.toString(), "--rules", USER_RULES.toString(),
                "--format", "json", "--fail-on", "never"), Stream.of(options)).toArray(String[]::new);
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static long entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".kjar")).count();
        }
    }

    @Test
    void theCacheDirHoldsTheCompiledRulesAndASecondRunGivesTheSameReport() throws IOException {
        Path cache = temp.resolve("cache");
        Run first = check("--cache-dir", cache.toString());
        Run second = check("--cache-dir", cache.toString());

        assertThat(first.code()).isZero();
        assertThat(entries(cache)).isEqualTo(1);
        assertThat(second.out()).isEqualTo(first.out()).contains("\"ruleId\": \"lifetime-outdated\"");
        assertThat(first.err()).isEmpty();
        assertThat(second.err()).isEmpty();
    }

    @Test
    void noCacheWritesNothing() {
        Path cache = temp.resolve("cache");
        Run run = check("--cache-dir", cache.toString(), "--no-cache");

        assertThat(run.code()).isZero();
        assertThat(cache).doesNotExist();
    }

    @Test
    void anUnusableCacheDirIsAWarningNotAFailure() throws IOException {
        Path file = Files.writeString(temp.resolve("a-file"), "not a folder");
        Run run = check("--cache-dir", file.resolve("cache").toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"schemaVersion\": 2");
        assertThat(run.err()).startsWith("estate-audit: warning: rule cache: cannot write to the rule cache");
    }
}
