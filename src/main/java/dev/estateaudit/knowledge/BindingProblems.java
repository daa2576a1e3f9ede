package dev.estateaudit.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import java.io.IOException;
import java.util.List;

/**
 * Notes what Jackson cannot bind in a catalogue file (an unknown field, a list where text belongs,
 * a word where a number belongs) and skips it, so that one read reports every problem of the file.
 */
final class BindingProblems extends DeserializationProblemHandler {

    private final List<CatalogueChecker.Problem> found;

    BindingProblems(List<CatalogueChecker.Problem> found) {
        this.found = found;
    }

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        found.add(new CatalogueChecker.Problem(CataloguePositions.path(p.getParsingContext()), "unknown field '" + propertyName + "'"));
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        found.add(new CatalogueChecker.Problem(CataloguePositions.path(p.getParsingContext()),
                "expected " + kind(targetType.getRawClass()) + ", found " + kind(t)));
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) {
        found.add(new CatalogueChecker.Problem(CataloguePositions.path(ctxt.getParser().getParsingContext()),
                "'" + valueToConvert + "' is not " + kind(targetType)));
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) {
        found.add(new CatalogueChecker.Problem(CataloguePositions.path(ctxt.getParser().getParsingContext()),
                valueToConvert + " is not " + kind(targetType)));
        return null;
    }

    private static String kind(Class<?> type) {
        return List.class.isAssignableFrom(type) ? "a list"
                : java.util.Map.class.isAssignableFrom(type) || type.isRecord() ? "a mapping of fields"
                : Number.class.isAssignableFrom(type) ? "a whole number" : "text";
    }

    private static String kind(JsonToken token) {
        return token == JsonToken.START_ARRAY ? "a list" : token == JsonToken.START_OBJECT ? "a mapping" : "a single value";
    }
}
