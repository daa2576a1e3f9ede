package dev.estateaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * bin/estate-audit.cmd cannot run on these machines: its contract, the POSIX launcher's, is read
 * from the script. It stays as small as Maven's or jbang's launchers, so that it can be read whole.
 */
class WindowsLauncherTest {

    private static String script;
    private static List<String> commands;

    @BeforeAll
    static void read() throws IOException {
        script = Files.readString(Path.of("src", "dist", "bin", "estate-audit.cmd"), StandardCharsets.US_ASCII);
        commands = script.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("rem ")).toList();
    }

    @Test
    void everyLineEndsWithCrLfAsCmdExpects() {
        // cmd.exe misreads labels and goto targets in a batch file with bare \n line ends
        assertThat(script.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Path.of(".gitattributes")).content().contains("*.cmd text eol=crlf");
    }

    @Test
    void runsJavaHomesJavaElseTheOneOnThePath() {
        assertThat(commands).contains("if not defined JAVA_HOME goto javaFromPath",
                "set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"", "set \"JAVA_EXE=java.exe\"", "where /q java.exe");
        assertThat(script).contains("JAVA_HOME is %JAVA_HOME%, which has no bin\\java.exe")
                .contains("no java on the PATH; install Java 17 or newer, or set JAVA_HOME");
    }

    @Test
    void refusesAJavaOlderThan17ByName() {
        assertThat(commands).contains("if %JAVA_FEATURE% GEQ 17 goto run");
        assertThat(script).contains("is Java %JAVA_VERSION%; estate-audit needs Java 17 or newer");
        // the version from the release file of JAVA_HOME, else from java -version, without a build
        assertThat(script).contains("findstr /b \"JAVA_VERSION=\" \"%JAVA_HOME%\\release\"").contains("-version 2^>^&1");
    }

    @Test
    void runsTheJarBesideItWithTheArgumentsAndPassesTheExitCodeOn() {
        assertThat(commands).contains("set \"APP_HOME=%~dp0..\"", "set \"JAR=%APP_HOME%\\lib\\estate-audit.jar\"");
        String run = commands.stream().filter(c -> c.startsWith("\"%JAVA_EXE%\"")).findFirst().orElseThrow();
        assertThat(run).contains("%ESTATE_AUDIT_JAVA_OPTS% -cp \"%JAR%\" dev.estateaudit.Main %*")
                .contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(commands).endsWith("exit /b %ERRORLEVEL%");
        // failures of its own exit 3, as the POSIX launchers' do
        assertThat(commands.stream().filter(c -> c.startsWith("exit /b")).distinct()).containsExactlyInAnyOrder("exit /b 3", "exit /b %ERRORLEVEL%");
    }

    @Test
    void neverBuildsAndStaysSmall() {
        assertThat(script.toLowerCase()).doesNotContain("mvn").doesNotContain("maven");
        assertThat(commands).first().isEqualTo("@echo off");
        assertThat(commands).contains("setlocal");
        assertThat(commands).hasSizeLessThan(40);
    }
}
