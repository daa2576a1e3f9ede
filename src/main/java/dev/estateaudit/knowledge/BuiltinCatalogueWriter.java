package dev.estateaudit.knowledge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by Maven in process-classes, like the rule compiler): reads the packaged
 * catalogue YAML, which stays the file people edit, checks it as every run would, and writes the
 * same entries as JSON beside it for {@link PlatformKnowledge#builtin()}. A cold check spent about
 * 40 ms of CPU in SnakeYAML on the catalogue; Jackson's JSON parser reads it in a fraction of that
 * (docs/benchmarks.md). The entries are written from what the YAML bound to, and the build fails
 * unless the JSON reads back to the same facts, so both forms give the rules the same catalogue.
 */
public final class BuiltinCatalogueWriter {

    private BuiltinCatalogueWriter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BuiltinCatalogueWriter CLASSES-FOLDER");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path yaml = classes.resolve(PlatformKnowledge.BUILTIN_RESOURCE.substring(1));
        Path json = classes.resolve(PlatformKnowledge.BUILTIN_JSON_RESOURCE.substring(1));
        String source = "rules/knowledge/platform-catalogue.yaml"; // as its problems name it
        try (InputStream in = Files.newInputStream(yaml)) {
            CatalogueFile file = PlatformKnowledge.bind(source, in.readAllBytes());
            PlatformKnowledge checked = new CatalogueChecker(source).check(file);
            byte[] written = JsonMapper.builder().serializationInclusion(JsonInclude.Include.NON_NULL).build()
                    .writeValueAsBytes(file);
            if (!PlatformKnowledge.fromJson(written).facts().equals(checked.facts())) {
                throw new IllegalStateException("the catalogue's JSON form reads to other facts than its YAML");
            }
            Files.write(json, written);
        } catch (KnowledgeCatalogueException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
