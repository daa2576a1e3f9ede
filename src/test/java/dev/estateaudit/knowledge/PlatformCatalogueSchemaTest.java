package dev.estateaudit.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * schema/platform-catalogue.schema.json documents the catalogue's form for teams writing their
 * own (--knowledge): it accepts the built-in catalogue, refuses what the loader refuses, and
 * names exactly the fields the loader binds ({@link CatalogueFile}, the one definition).
 */
class PlatformCatalogueSchemaTest {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Path CATALOGUE = Path.of("rules/knowledge/platform-catalogue.yaml");

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(Path.of("schema/platform-catalogue.schema.json").toAbsolutePath().toUri().toString()));
    }

    @Test
    void acceptsTheBuiltInCatalogue() throws IOException {
        assertThat(schema().validate(YAML.readTree(CATALOGUE.toFile()))).isEmpty();
    }

    @Test
    void refusesWhatTheLoaderRefuses() throws IOException {
        String good = Files.readString(CATALOGUE);
        JsonNode both = YAML.readTree(good.replace("  - operatingSystem: \"Windows Server 2016\"\n",
                "  - operatingSystem: \"Windows Server 2016\"\n    databaseProvider: \"SQLServer\"\n"));
        assertThat(schema().validate(both)).extracting(ValidationMessage::getInstanceLocation).extracting(Object::toString)
                .contains("$.vendorSupport[0]");
        JsonNode badDate = YAML.readTree(good.replace("ends: \"2026-07-14\"", "ends: \"July 2026\""));
        assertThat(schema().validate(badDate)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("ends"));
        JsonNode unknown = YAML.readTree(good.replace("cloudUpgrades:\n  - major: 11\n", "cloudUpgrades:\n  - major: 11\n    colour: red\n"));
        assertThat(schema().validate(unknown)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("colour"));
    }

    /** The loader requires every procedure of the built-in catalogue (the rules look them up by name): so does the schema. */
    @Test
    void requiresEveryProcedureOfTheBuiltInCatalogue() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/platform-catalogue.schema.json").toFile());
        Set<String> required = new TreeSet<>();
        schema.get("properties").get("procedures").get("required").forEach(name -> required.add(name.asText()));
        assertThat(required).isEqualTo(names(YAML.readTree(CATALOGUE.toFile()).get("procedures")));
        JsonNode without = YAML.readTree(Files.readString(CATALOGUE).replace("  releaseNotes: releaseNotes\n", ""));
        assertThat(schema().validate(without)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("releaseNotes"));
    }

    @Test
    void namesExactlyTheFieldsTheLoaderBinds() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/platform-catalogue.schema.json").toFile());
        assertThat(names(schema.get("properties"))).isEqualTo(components(CatalogueFile.class));
        for (RecordComponent section : CatalogueFile.class.getRecordComponents()) {
            Class<?> entry = entryType(section.getGenericType());
            if (entry == null || !entry.isRecord()) {
                continue;
            }
            JsonNode node = schema.get("properties").get(section.getName());
            JsonNode described = node.has("items") ? node.get("items")
                    : node.get("additionalProperties").isObject() && node.get("additionalProperties").has("properties")
                    ? node.get("additionalProperties") : node;
            assertThat(names(described.get("properties"))).as(section.getName()).isEqualTo(components(entry));
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Set<String> components(Class<?> record) {
        return new TreeSet<>(Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList());
    }

    /** The record a section holds: itself, a list's element, or a map's value. */
    private static Class<?> entryType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            Type[] args = p.getActualTypeArguments();
            return entryType(args[args.length - 1]);
        }
        return null;
    }
}
