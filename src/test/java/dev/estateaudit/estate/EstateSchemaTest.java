package dev.estateaudit.estate;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The JSON Schema in schema/ documents the estate file: it must accept the samples and match the model. */
class EstateSchemaTest {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final Path SCHEMA = Path.of("schema/estate.schema.json");

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of(SCHEMA.toAbsolutePath().toUri().toString()));
    }

    @TestFactory
    Stream<DynamicTest> everySampleIsValid() throws IOException {
        JsonSchema schema = schema();
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
                        Set<ValidationMessage> problems = new java.util.HashSet<>(schema.validate(YAML.readTree(file.toFile())));
                        if (file.getFileName().toString().contains("overlay")) {
                            // an overlay completes another file, so it may leave out required fields
                            problems.removeIf(p -> "required".equals(p.getType()));
                        }
                        assertThat(problems).as(file.toString()).isEmpty();
                    }));
        }
    }

    @Test
    void rejectsWhatTheLoaderRejects() throws IOException {
        JsonNode typo = YAML.readTree("""
                name: X
                environments:
                  - {name: P, role: prodution, platfromVersion: "11.10"}
                """);
        assertThat(schema().validate(typo)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("platfromVersion"))
                .anySatisfy(m -> assertThat(m).contains("platformVersion"));
        JsonNode mixedCase = YAML.readTree("""
                name: X
                environments:
                  - {name: P, role: Production, platformVersion: "11.30.1 (Build 4)", hosting: On-Premises}
                """);
        assertThat(schema().validate(mixedCase)).isEmpty();
        JsonNode runningModeOnEleven = YAML.readTree("""
                name: X
                environments:
                  - {name: P, role: production, platformVersion: "11.29.0", runningMode: production}
                  - {name: L, role: production, platformVersion: "10.0.1019.0", purpose: production}
                  - {name: E, role: production, platformVersion: 11, purpose: Non-Production, debugMode: true}
                  - {name: T, role: production, platformVersion: "10.0.1019.0", runningMode: production}
                """);
        assertThat(schema().validate(runningModeOnEleven)).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString).containsExactlyInAnyOrder("$.environments[0]", "$.environments[1]");
    }

    @Test
    void takesOneHostingBundleOrAListOfThemButNoEmptyList() throws IOException {
        JsonNode bundles = YAML.readTree("""
                name: X
                environments:
                  - {name: A, role: production, platformVersion: "11.30.0", dotnetHostingBundle: "8.0.11"}
                  - {name: B, role: quality, platformVersion: "11.30.0", dotnetHostingBundle: ["6.0.36", "8.0.11"]}
                  - {name: C, role: development, platformVersion: "11.30.0", dotnetHostingBundle: []}
                """);
        assertThat(schema().validate(bundles)).extracting(ValidationMessage::getInstanceLocation)
                .extracting(Object::toString).allSatisfy(at -> assertThat(at).startsWith("$.environments[2].dotnetHostingBundle"))
                .isNotEmpty();
    }

    @Test
    void describesExactlyTheModelsFields() throws IOException {
        JsonNode root = YAML.readTree(SCHEMA.toFile());
        JsonNode defs = root.get("$defs");
        assertSameFields(root, Estate.class);
        assertSameFields(root.at("/properties/licenses"), Licenses.class);
        assertSameFields(root.at("/properties/lifetime"), LifeTime.class);
        assertSameFields(root.at("/properties/upgrade"), Upgrade.class);
        assertSameFields(defs.get("environment"), EstateEnvironment.class);
        assertSameFields(defs.get("zone"), Zone.class);
        assertSameFields(defs.get("frontEnd"), FrontEnd.class);
        assertSameFields(defs.get("module"), EstateModule.class);
    }

    private static void assertSameFields(JsonNode schemaObject, Class<?> type) {
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> names = schemaObject.get("properties").fieldNames(); names.hasNext(); ) {
            documented.add(names.next());
        }
        ObjectMapper mapper = new ObjectMapper();
        BeanDescription description = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
        Set<String> bound = new TreeSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (property.hasSetter() || property.hasField() && property.couldDeserialize()) {
                bound.add(property.getName());
            }
        }
        assertThat(documented).as("schema properties of %s", type.getSimpleName()).isEqualTo(bound);
    }
}
