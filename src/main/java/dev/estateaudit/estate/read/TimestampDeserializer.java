package dev.estateaudit.estate.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Reads a timestamp ({@code lastPublished}, {@code runningModeChangedAt}). The form exports write,
 * UTC to the second or to a fraction of it ({@code 2026-05-01T12:00:00Z},
 * {@code 2026-05-01T12:00:00.123Z}), is read here digit by digit: the JDK's parser, which takes
 * every ISO form, builds a formatter and a map of fields for each value, and a large estate holds
 * one timestamp per module. Every other text (an offset, lower case, 24:00, a leap second, epoch
 * seconds, a mistake) and every other token goes to Jackson's own reader, which reads it, or words
 * its error, as it always has.
 */
final class TimestampDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    TimestampDeserializer() {
        super(Instant.class);
    }

    /** A date and time, as JavaTimeModule's deserializer says: the mapper's coercion settings for timestamps apply. */
    @Override
    public LogicalType logicalType() {
        return LogicalType.DateTime;
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String text = p.getText();
            Instant utc = utc(text);
            if (utc != null) {
                return utc;
            }
            if (text.trim().isEmpty()) { // blank as Jackson sees it: nothing above U+0020
                // recorded at its place, and the read goes on (Jackson's refusal would end it here)
                return TolerantBinding.refuse(p, ctxt, "expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text",
                        Instant.class);
            }
        }
        // what JavaTimeModule registers for Instant (the model sets no @JsonFormat that would change it)
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /**
     * The instant of {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} (a fraction of one to nine digits) with
     * a valid date and time; null for any other text, left to the full parser.
     */
    static Instant utc(String text) {
        int length = text.length();
        // 20 characters, or 22 to 30 with a fraction: a dot and 1 to 9 digits before the Z
        if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || (length > 20 && text.charAt(19) != '.') || text.charAt(length - 1) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int fractionDigits = length > 20 ? length - 21 : 0;
        int nanos = digits(text, 20, fractionDigits);
        if ((year | month | day | hour | minute | second | nanos) < 0 || month < 1 || month > 12 || day < 1
                || day > Month.of(month).length(Year.isLeap(year)) || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        for (int i = fractionDigits; i < 9; i++) {
            nanos *= 10; // .5 is 500,000,000 nanoseconds
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400 + hour * 3_600 + minute * 60 + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** The number written in {@code count} ASCII digits from {@code from}; -1 if any is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
