package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.estateaudit.estate.EnumLabels;
import dev.estateaudit.estate.EstateEnvironment;
import dev.estateaudit.estate.Positioned;
import dev.estateaudit.estate.SourcePosition;
import dev.estateaudit.estate.Upgrade;
import dev.estateaudit.estate.Version;
import dev.estateaudit.estate.read.guard.InputLimits;
import dev.estateaudit.estate.read.guard.LinearYamlFactory;
import dev.estateaudit.util.TerminalText;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The Jackson set-up for estate files: strict about unknown fields, parses versions and timestamps,
 * and records the source position of every estate object while binding (no tree is
 * built first, so a large file is held once, as objects).
 */
final class EstateMapper {

    /** Context attribute naming the file being read, for the source positions. */
    static final String SOURCE_ATTRIBUTE = "estate-audit.source";

    private EstateMapper() {
    }

    static ObjectMapper yaml() {
        return configure(YAMLMapper.builder(new LinearYamlFactory(YAMLFactory.builder().loaderOptions(largeDocuments()))).build());
    }

    /** SnakeYAML stops at 3 MB by default; an imported estate of a million modules is 250 MB. */
    private static org.yaml.snakeyaml.LoaderOptions largeDocuments() {
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setCodePointLimit(InputLimits.MAX_DOCUMENT);
        return options;
    }

    /** JSON reads in linear time: its string limit is the document's, so that {@link InputLimits} words the error. */
    static ObjectMapper json() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(InputLimits.MAX_DOCUMENT).maxStringLength(InputLimits.MAX_DOCUMENT).build()).build();
        return configure(JsonMapper.builder(factory).build());
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("estate-audit");
        LabeledEnumDeserializers deserializers = new LabeledEnumDeserializers();
        deserializers.addDeserializer(Version.class, new VersionDeserializer());
        deserializers.addDeserializer(String.class, new TextDeserializer());
        deserializers.addDeserializer(Integer.class, new WholeNumberDeserializer());
        deserializers.addDeserializer(Instant.class, new TimestampDeserializer());
        module.setDeserializers(deserializers);
        module.setDeserializerModifier(new PositionRecordingModifier());
        module.setMixInAnnotation(Upgrade.class, UpgradeOrderPositions.class);
        module.setMixInAnnotation(EstateEnvironment.class, EnvironmentVersionLists.class);
        // debugMode: "" is a mistake, not a debug mode left unsaid (Jackson would read it as absent). A
        // true/false is tried as text and fails like any other, through TolerantBinding. Whole
        // numbers and timestamps refuse an empty text in their own deserializers, which record it
        // and read on; Jackson's refusal (these settings) is what is left should another type come
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.DateTime)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        return mapper.addHandler(new TolerantBinding())
                .registerModule(new JavaTimeModule())
                .registerModule(module)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // frontEndCount: 1.9 is a mistake, not 1
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // duplicate keys: InputLimits, around every parser the loader opens (Jackson's own check, a set per mapping, costs more)
    }

    /** Versions are text; an unquoted 11.10 in YAML is the number 11.1, so floats are refused. */
    private static final class VersionDeserializer extends StdScalarDeserializer<Version> {
        VersionDeserializer() {
            super(Version.class);
        }

        @Override
        public Version deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return TolerantBinding.refuse(p, ctxt, "write the version as a quoted string, e.g. \"" + p.getText()
                        + "\": unquoted, it is read as a number and 11.10 would become 11.1", Version.class);
            }
            if (token != JsonToken.VALUE_STRING && token != JsonToken.VALUE_NUMBER_INT) {
                return TolerantBinding.refuse(p, ctxt, "expected a version such as \"11.18.1\"", Version.class);
            }
            try {
                return Version.parse(p.getText());
            } catch (IllegalArgumentException e) {
                return TolerantBinding.refuse(p, ctxt, e.getMessage(), Version.class);
            }
        }
    }

    /**
     * Whole numbers (order, frontEndCount, databaseCompatibilityLevel, errorsLast7Days, the
     * licenses): an empty or blank text (blank as Jackson sees it: nothing above U+0020) is
     * refused at its place and the read goes on, as for any other wrong value; Jackson's own
     * refusal of it would stop the file's read there, and its other mistakes would show only on the
     * next run. Everything else is Jackson's reading of an Integer.
     */
    private static final class WholeNumberDeserializer extends StdScalarDeserializer<Integer> {
        private static final JsonDeserializer<?> JACKSONS = NumberDeserializers.find(Integer.class, Integer.class.getName());

        WholeNumberDeserializer() {
            super(Integer.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Integer;
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && p.getText().trim().isEmpty()) {
                return TolerantBinding.refuse(p, ctxt, "expected a whole number, found an empty text", Integer.class);
            }
            return (Integer) JACKSONS.deserialize(p, ctxt);
        }
    }

    /** Every {@link EnumLabels.Labeled} enum is read case-insensitively, with "did you mean". */
    private static final class LabeledEnumDeserializers extends SimpleDeserializers {
        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription bean) {
            if (!EnumLabels.Labeled.class.isAssignableFrom(type)) {
                return null;
            }
            return new StdScalarDeserializer<Enum<?>>(type) {
                @Override
                public Enum<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                    if (!p.currentToken().isScalarValue()) {
                        return TolerantBinding.refuse(p, ctxt, "expected one of " + labels(type), type);
                    }
                    try {
                        return EnumLabels.parseAny(type, p.getText());
                    } catch (IllegalArgumentException e) {
                        return TolerantBinding.refuse(p, ctxt, e.getMessage(), type);
                    }
                }
            };
        }

        private static String labels(Class<?> type) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(c -> (EnumLabels.Labeled) c)
                    .filter(EnumLabels.Labeled::offered).map(EnumLabels.Labeled::label)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** Jackson's own String handling (coercions and messages included), then the control-character check. */
    private static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            refuseControlCharacters(p, value);
            return value;
        }
    }

    /**
     * A control character in a name or note is a corrupted or hostile file (a terminal escape, a
     * fake line, text that reads backwards); tabs and line breaks are text.
     */
    private static void refuseControlCharacters(JsonParser p, String value) throws IOException {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\n' && TerminalText.unsafe(c, true)) {
                throw InvalidFormatException.from(p, String.format(Locale.ROOT, "the text holds the control character U+%04X at character %d; "
                        + "remove it", (int) c, i + 1), TerminalText.escape(value), String.class);
            }
        }
    }

    /** Where each entry of the planned upgrade order was written: the model's list, bound by the reader. */
    private abstract static class UpgradeOrderPositions {
        @JsonDeserialize(using = PositionedNamesDeserializer.class)
        abstract void setOrder(List<String> order);
    }

    /** Fields that take one version or a list of them. */
    private abstract static class EnvironmentVersionLists {
        @JsonDeserialize(using = VersionListDeserializer.class)
        abstract void setDotnetHostingBundle(List<Version> versions);
    }

    private static final class PositionRecordingModifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                JsonDeserializer<?> deserializer) {
            if (Positioned.class.isAssignableFrom(description.getBeanClass())) {
                return new PositionRecordingDeserializer(deserializer);
            }
            return deserializer;
        }
    }

    private static final class PositionRecordingDeserializer extends DelegatingDeserializer {
        PositionRecordingDeserializer(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new PositionRecordingDeserializer(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonLocation location = p.currentTokenLocation();
            Object value = super.deserialize(p, ctxt);
            if (value instanceof Positioned positioned) {
                Object source = ctxt.getAttribute(SOURCE_ATTRIBUTE);
                positioned.setPosition(new SourcePosition(String.valueOf(source), location.getLineNr(),
                        location.getColumnNr()));
            }
            return value;
        }
    }
}
