package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --version} names what a bug report needs: the release (the pom's version), the commit the
 * build was made from (as git itself names it) and the platform catalogue's horizon (as the
 * catalogue file states it). Each is compared with its source, not with the tool's own output.
 */
class VersionOptionTest {

    @Test
    void namesTheReleaseTheCommitAndTheCataloguesHorizon() throws Exception {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("estate-audit " + pomVersion());
        assertThat(lines.get(2)).isEqualTo("platform catalogue horizon: " + cataloguesHorizon());
        assertTheCommitIsHead(lines.get(1));
    }

    /**
     * The build named HEAD, "with uncommitted changes" when tracked files differed from it then.
     * Files edited since the build may differ now, so only a tree that is clean now settles the mark.
     */
    private static void assertTheCommitIsHead(String line) throws Exception {
        if (!Files.exists(Path.of(".git"))) {
            assertThat(line).isEqualTo("commit: unknown");
            return;
        }
        String head = git("rev-parse", "--short=12", "HEAD");
        assertThat(line).isIn("commit: " + head, "commit: " + head + " (with uncommitted changes)");
        if (git("status", "--porcelain", "--untracked-files=no").isEmpty()) {
            assertThat(line).isEqualTo("commit: " + head);
        }
    }

    private static String pomVersion() throws IOException {
        // the project's own version: the first <version> after its artifactId
        Matcher m = Pattern.compile("<artifactId>estate-audit</artifactId>\\s*(?:<!--.*?-->\\s*)?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();
        return m.group(1);
    }

    private static String cataloguesHorizon() throws IOException {
        Matcher m = Pattern.compile("(?m)^\\s+horizon:\\s*\"([^\"]+)\"")
                .matcher(Files.readString(Path.of("rules/knowledge/platform-catalogue.yaml")));
        assertThat(m.find()).as("coverage.horizon in the catalogue").isTrue();
        return m.group(1);
    }

    private static String git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }
}
