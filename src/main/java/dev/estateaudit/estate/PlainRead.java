package dev.estateaudit.estate;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The first read of every estate file: for a file with nothing wrong in it, which is nearly every
 * file, and fast. It finds keys written twice itself ({@link InputLimits#findingDuplicates}: the
 * parser's own check makes a set per mapping), binds modules without reflection
 * ({@link ModuleBinding}) and records no problem: at the first thing wrong or unexpected it gives
 * up, and the tolerant read, which names every problem at its line, reads the file again. So a bad
 * file is reported exactly as before, and a good one is bound by the same deserializers.
 */
final class PlainRead {

    /** Context attribute present while a plain read is under way. */
    private static final String ATTRIBUTE = "estate-audit.plain-read";
    private static final TypeReference<List<EstateEnvironment>> ENVIRONMENTS = new TypeReference<>() { };

    private PlainRead() {
    }

    /** The estate in {@code parser}, or null when the file holds anything the plain read does not take. */
    static Estate read(ObjectMapper mapper, JsonParser parser, String name) {
        try (JsonParser p = InputLimits.findingDuplicates(parser)) {
            if (p.nextToken() == null) {
                return null;
            }
            return reader(mapper.readerFor(Estate.class), name).readValue(p);
        } catch (IOException | RuntimeException e) {
            return null; // the tolerant read finds out what it was, and says so
        }
    }

    /**
     * The list of environments in {@code parser} (the second half of a {@link SplitRead}), or null
     * as {@link #read} gives up; {@code closedAt} is told the byte offset of the list's closing bracket.
     */
    static List<EstateEnvironment> readEnvironments(ObjectMapper mapper, JsonParser parser, String name, LongConsumer closedAt) {
        try (JsonParser p = InputLimits.findingDuplicates(parser)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            // what follows the list is the root's end, which the caller checks: no trailing-token check here
            List<EstateEnvironment> environments = reader(mapper.readerFor(ENVIRONMENTS), name)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(p);
            if (environments == null || environments.isEmpty()) {
                return null;
            }
            // the reader clears the current token it consumed, the list's closing bracket; its location stays
            closedAt.accept(p.currentTokenLocation().getByteOffset());
            return environments;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {@code reader} as a plain read of the file {@code name} uses it: positions named, values shared, the read marked. */
    private static ObjectReader reader(ObjectReader reader, String name) {
        return reader.withAttribute(EstateMapper.SOURCE_ATTRIBUTE, name)
                .withAttribute(EstateMapper.SHARED_VALUES_ATTRIBUTE, new SharedValues())
                .withAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isUnderWay(DeserializationContext ctxt) {
        return ctxt.getAttribute(ATTRIBUTE) != null;
    }

    /** Gives up the plain read; never seen by a user. */
    static IOException notPlain(JsonParser p) {
        return new JsonParseException(p, "not a plain estate file here");
    }
}
