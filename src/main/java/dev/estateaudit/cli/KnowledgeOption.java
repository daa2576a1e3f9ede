package dev.estateaudit.cli;

import dev.estateaudit.knowledge.PlatformKnowledge;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --knowledge FILE}: a platform catalogue of the built-in one's form, used in its place. */
public final class KnowledgeOption {

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "A platform catalogue (YAML, the form of rules/knowledge/platform-catalogue.yaml and "
                    + "schema/platform-catalogue.schema.json) to judge against instead of the built-in one. See docs/knowledge.md.")
    Path file;

    /** The file's catalogue, checked whole (every problem at once, exit 2); the built-in one when none is given. */
    PlatformKnowledge load() {
        return load(file);
    }

    /** The catalogue of {@code chosen} (the command line's, or a config file's), or the built-in one. */
    static PlatformKnowledge load(Path chosen) {
        return chosen == null ? PlatformKnowledge.builtin() : PlatformKnowledge.load(chosen);
    }
}
