package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.estateaudit.util.Suggestions;
import java.io.IOException;
import java.util.List;

/**
 * Lets binding go on past a bad key or value: each is recorded in the read's {@link EstateProblems}
 * at its own position, skipped, and left null, so one run reports every mistake in a file.
 * Without a problems attribute (a caller binding on its own) Jackson's usual exceptions stand.
 */
final class TolerantBinding extends DeserializationProblemHandler {

    /** Context attribute holding the {@link EstateProblems} of the read under way. */
    static final String PROBLEMS_ATTRIBUTE = "estate-audit.problems";

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        EstateProblems problems = problems(ctxt);
        if (problems == null) {
            return false;
        }
        JsonStreamContext context = p.getParsingContext();
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            context = context.getParent(); // a nested value has opened its own context already
        }
        List<String> known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted().toList();
        String hint = Suggestions.nearest(propertyName, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
        String message = "unknown field '" + propertyName + "'" + hint + "; known fields here: " + String.join(", ", known);
        problems.addAtKey(source(ctxt), context.pathAsPointer(), p.currentTokenLocation(), parentPath(context), message);
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        EstateProblems problems = problems(ctxt);
        if (problems == null) {
            return NOT_HANDLED;
        }
        String message = BindingMessages.simplify("Cannot deserialize value of type `" + targetType.toCanonical()
                + "` from " + tokenWord(t));
        record(ctxt, p, message);
        return null;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) throws IOException {
        if (problems(ctxt) == null) {
            return NOT_HANDLED;
        }
        // what Jackson adds after the value names Java (a DateTimeParseException, "not a valid `java.lang.Integer`")
        String message = BindingMessages.simplify("Cannot deserialize value of type `" + targetType.getName()
                + "` from String \"" + valueToConvert + "\": ");
        record(ctxt, ctxt.getParser(), message);
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) throws IOException {
        if (problems(ctxt) == null) {
            return NOT_HANDLED;
        }
        record(ctxt, ctxt.getParser(), BindingMessages.simplify("Cannot deserialize value of type `"
                + targetType.getName() + "` from number " + valueToConvert));
        return null;
    }

    /**
     * For the estate's own deserializers: records a refused value and returns null, or throws
     * when no problems are being collected.
     */
    static <T> T refuse(JsonParser p, DeserializationContext ctxt, String message, Class<?> type) throws IOException {
        if (problems(ctxt) == null) {
            throw InvalidFormatException.from(p, message, p.getText(), type);
        }
        record(ctxt, p, message);
        return null;
    }

    private static void record(DeserializationContext ctxt, JsonParser p, String message) throws IOException {
        JsonStreamContext context = p.getParsingContext();
        if (p.currentToken() != null && p.currentToken().isStructStart()) {
            context = context.getParent();
        }
        problems(ctxt).add(source(ctxt), p.currentTokenLocation(), path(context), message);
        p.skipChildren();
    }

    private static EstateProblems problems(DeserializationContext ctxt) {
        return ctxt.getAttribute(PROBLEMS_ATTRIBUTE) instanceof EstateProblems problems ? problems : null;
    }

    private static String source(DeserializationContext ctxt) {
        return String.valueOf(ctxt.getAttribute(EstateMapper.SOURCE_ATTRIBUTE));
    }

    private static String tokenWord(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "Object";
            case START_ARRAY -> "Array";
            case VALUE_STRING -> "String value";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /** The estate-file path of a context and its current field: {@code environments[0].role}. */
    static String path(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        append(sb, context);
        String path = sb.toString();
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(top level)" : path;
    }

    private static void append(StringBuilder sb, JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(sb, context.getParent());
        if (context.inArray()) {
            sb.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        } else if (context.getCurrentName() != null) {
            sb.append('.').append(context.getCurrentName());
        }
    }

    /** The path of the object holding the current field: where an unknown key is named. */
    private static String parentPath(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        append(sb, context.getParent());
        String path = sb.toString();
        return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(top level)" : path;
    }
}
