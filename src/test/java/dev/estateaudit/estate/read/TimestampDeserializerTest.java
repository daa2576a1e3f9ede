package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The estate reader's timestamps against Jackson's own reading of them (JavaTimeModule's
 * deserializer, the JDK's ISO parser, in the same mapper): the same instant, or the same error,
 * for the export's form and for every variation of it a file might hold.
 */
class TimestampDeserializerTest {

    private static final ObjectMapper ESTATE = EstateMapper.json();
    /** The estate mapper as it was: JavaTimeModule's deserializer for every timestamp. */
    private static final ObjectMapper JACKSON = EstateMapper.json()
            .registerModule(new SimpleModule("jackson-instant").addDeserializer(Instant.class, InstantDeserializer.INSTANT));

    @Test
    void readsTheExportsFormItself() {
        assertThat(TimestampDeserializer.utc("2026-05-01T12:00:00Z")).isEqualTo(Instant.parse("2026-05-01T12:00:00Z"));
        assertThat(TimestampDeserializer.utc("2026-05-01T12:00:00.5Z")).isEqualTo(Instant.parse("2026-05-01T12:00:00.500Z"));
        assertThat(TimestampDeserializer.utc("2024-02-29T23:59:59.123456789Z"))
                .isEqualTo(Instant.parse("2024-02-29T23:59:59.123456789Z"));
        assertThat(TimestampDeserializer.utc("1969-12-31T23:59:59.999Z")).isEqualTo(Instant.ofEpochMilli(-1));
    }

    @Test
    void leavesEveryOtherFormToTheFullParser() {
        for (String other : List.of("2026-05-01T12:00:00+01:00", "2026-05-01T12:00:00+00:00", "2026-05-01t12:00:00z",
                "2026-05-01T24:00:00Z", "2026-06-30T23:59:60Z", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-05-01T12:00:00.Z", "2026-05-01T12:00:00.1234567891Z", " 2026-05-01T12:00:00Z", "1714564800",
                "+12026-05-01T12:00:00Z", "2026-05-01T12:00Z", "\uff12\uff10\uff12\uff16-05-01T12:00:00Z")) {
            assertThat(TimestampDeserializer.utc(other)).as(other).isNull();
        }
    }

    @Test
    void theEndsOfEveryMonthReadAsJacksonReadsThem() throws Exception {
        // 1900 and 2100 are not leap years, 2000 is
        for (int year : new int[] {0, 1, 1899, 1900, 1904, 1970, 1999, 2000, 2023, 2024, 2025, 2026, 2100, 9999}) {
            for (int month = 1; month <= 12; month++) {
                for (int day : new int[] {0, 1, 28, 29, 30, 31, 32}) {
                    String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    assertSameAsJackson(date + "T00:00:00Z");
                    assertSameAsJackson(date + "T23:59:59.999Z");
                }
            }
        }
    }

    @Test
    void everyVariationOfOneTimestampReadsOrFailsAsWithJackson() throws Exception {
        String[] bases = {"2026-05-01T12:00:00Z", "2024-02-29T23:59:59.123Z", "2026-12-31T23:59:59Z"};
        String characters = "0123456789-:T.tZz +\u0661\uff10aT";
        List<String> variations = new ArrayList<>();
        for (String base : bases) {
            for (int at = 0; at <= base.length(); at++) {
                variations.add(base.substring(0, at) + base.substring(Math.min(at + 1, base.length()))); // one dropped
                for (char c : characters.toCharArray()) {
                    variations.add(base.substring(0, at) + c + base.substring(at)); // one added
                    if (at < base.length()) {
                        variations.add(base.substring(0, at) + c + base.substring(at + 1)); // one replaced
                    }
                }
            }
            for (int digits = 0; digits <= 10; digits++) {
                variations.add(base.replace("Z", "") + "." + "7".repeat(digits) + "Z");
            }
        }
        for (String text : variations) {
            assertSameAsJackson(text);
        }
        assertThat(variations.stream().filter(t -> TimestampDeserializer.utc(t) != null).count())
                .as("variations read without the full parser").isGreaterThan(100);
    }

    @Test
    void otherTokensReadAsWithJackson() throws Exception {
        for (String json : List.of("1714564800", "1714564800.5", "-5", "true", "null", "[]", "{}")) {
            assertSameJson(json);
        }
    }

    /** An empty or blank text is refused in the file's words (in a read that collects problems, recorded and read past). */
    @Test
    void anEmptyTextIsRefusedInTheFilesWords() {
        for (String json : List.of("\"\"", "\"  \"")) {
            assertThat(read(ESTATE, json)).as(json).isEqualTo("expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text");
        }
    }

    private static void assertSameAsJackson(String text) throws Exception {
        assertSameJson(JACKSON.writeValueAsString(text));
    }

    private static void assertSameJson(String json) throws Exception {
        assertThat(read(ESTATE, json)).as(json).isEqualTo(read(JACKSON, json));
    }

    /** The instant read, or the error's message. */
    private static String read(ObjectMapper mapper, String json) {
        try {
            return String.valueOf(mapper.readValue(json, Instant.class));
        } catch (JsonProcessingException e) {
            return e.getOriginalMessage();
        }
    }
}
