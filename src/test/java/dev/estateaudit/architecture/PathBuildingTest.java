package dev.estateaudit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * On Windows a file path separates its names with '\': a path written as a string with '/' in it
 * ("reports/" + name) names another file there, or none. File paths are built with Path (of,
 * resolve), one name per argument. Read from the sources, since these machines cannot run Windows.
 */
class PathBuildingTest {

    /** A path-making call given a string literal holding a separator. */
    private static final Pattern SEPARATOR_IN_A_PATH = Pattern.compile(
            "(Path\\.of|Paths\\.get|\\.resolve|\\.resolveSibling|new File|getPath)\\([^;]*\"[^\"]*[/\\\\][^\"]*\"");

    /** Linux's /proc, read only where it exists (the code falls back without it). */
    private static final List<String> LINUX_ONLY = List.of("util/Terminal.java");

    @Test
    void filePathsAreBuiltNameByNameNeverWithASeparatorInAString() throws IOException {
        List<String> found = new ArrayList<>();
        Path sources = Path.of("src", "main", "java", "dev", "estateaudit");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = sources.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (SEPARATOR_IN_A_PATH.matcher(lines.get(i)).find() && !lines.get(i).contains("getResource")
                            && !LINUX_ONLY.contains(name)) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsASeparatorInAString() {
        assertThat(SEPARATOR_IN_A_PATH.matcher("Path out = dir.resolve(\"reports/\" + name);").find()).isTrue();
        assertThat(SEPARATOR_IN_A_PATH.matcher("Path out = Path.of(\"C:\\\\reports\");").find()).isTrue();
        assertThat(SEPARATOR_IN_A_PATH.matcher("Path out = dir.resolve(\"reports\").resolve(name);").find()).isFalse();
    }
}
