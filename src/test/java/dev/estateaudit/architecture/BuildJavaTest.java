package dev.estateaudit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The build runs Java itself (the rule compiler, the catalogue writer, JMH): with the JVM Maven
 * runs on, which JAVA_HOME chose, never the first {@code java} on the PATH, which may be an older
 * Java than the build needs (a Java 8 first on a build agent's PATH failed the build).
 */
class BuildJavaTest {

    @Test
    void theBuildsJavaCallsUseMavensOwnJvm() throws IOException {
        Matcher executables = Pattern.compile("<executable>([^<]+)</executable>").matcher(Files.readString(Path.of("pom.xml")));
        List<String> javaCalls = executables.results().map(m -> m.group(1)).filter(e -> e.endsWith("java")).toList();

        assertThat(javaCalls).isNotEmpty().allSatisfy(e -> assertThat(e).isEqualTo("${java.home}/bin/java"));
    }
}
