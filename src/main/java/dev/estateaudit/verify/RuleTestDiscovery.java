package dev.estateaudit.verify;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.estateaudit.estate.read.EstateInputException;
import dev.estateaudit.estate.read.InputProblems;
import dev.estateaudit.estate.read.guard.GuardedMappers;
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

    /**
     * Whether the top level of a YAML file has {@code tests}, read by the linear YAML reader key by
     * key (no tree, and no alias refused here: a file that turns out to hold tests is read in full,
     * with every guard, by {@link RuleTestRunner#read}; one that does not may use what YAML allows).
     */
    private static boolean hasTests(Path file) {
        try (JsonParser parser = GuardedMappers.yaml().createParser(Files.newInputStream(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                if ("tests".equals(parser.currentName())) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (JsonProcessingException e) {
            InputProblems problems = new InputProblems(file.toString());
            problems.add(e, "YAML");
            problems.throwIfAny();
            return false;
        } catch (IOException e) {
            throw new EstateInputException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
