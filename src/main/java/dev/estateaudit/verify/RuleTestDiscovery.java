package dev.estateaudit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.estateaudit.estate.read.EstateInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds rule test files: the YAML files given, and below each folder given every YAML file whose
 * top level has {@code tests} (others, such as estates the tests name with estateFile, are left),
 * outside hidden and build output folders.
 */
public final class RuleTestDiscovery {

    private static final ObjectMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> BUILD_OUTPUT = Set.of("target", "build", "node_modules");

    private RuleTestDiscovery() {
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> found = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isRegularFile(path)) {
                found.add(path);
            } else if (Files.isDirectory(path)) {
                found.addAll(below(path));
            } else {
                throw new EstateInputException(path + ": no such file or folder");
            }
        }
        return found;
    }

    private static List<Path> below(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(RuleTestDiscovery::isYaml)
                    .filter(f -> !hidden(folder.relativize(f)))
                    .sorted()
                    .filter(RuleTestDiscovery::hasTests)
                    .toList();
        } catch (IOException e) {
            throw new EstateInputException(folder + ": cannot be read: " + e.getMessage());
        }
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Hidden folders, and build output folders that hold copies of the test files. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || BUILD_OUTPUT.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasTests(Path file) {
        try {
            JsonNode root = YAML.readTree(file.toFile());
            return root != null && root.isObject() && root.has("tests");
        } catch (IOException e) {
            throw new EstateInputException(file + ": not readable as YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }
}
