package dev.estateaudit.estate.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 29, item 25 (reader parts): what was wrong, in the file's words at its line, never Java's or Jackson's. */
class ReaderWordsTest {

    private static final String HEAD = """
            name: ACME
            environments:
              - name: Development
                role: development
                platformVersion: "11.30.1"
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text for a number        | '    frontEndCount: two\\n'                                   | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found 'two'
            a fraction               | '    frontEndCount: 1.5\\n'                                   | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found 1.5
            too large a number       | '    frontEndCount: 99999999999999999999\\n'                  | the number 99999999999999999999 is too large (at most 2147483647)
            not a timestamp          | '    runningModeChangedAt: yesterday\\n'                      | estate.yaml:6:27: environments[0].runningModeChangedAt: expected a timestamp such as 2026-05-01T00:00:00Z, found 'yesterday'
            an impossible date       | '    modules:\\n      - {name: A, lastPublished: \"2026-02-30T00:00:00Z\"}\\n' | environments[0].modules[0].lastPublished: expected a timestamp such as 2026-05-01T00:00:00Z, found '2026-02-30T00:00:00Z'
            a name for a module      | '    modules: [Orders_CS]\\n'                                 | estate.yaml:6:15: environments[0].modules[0]: expected a mapping (module fields), found 'Orders_CS'
            an empty whole number    | '    frontEndCount: \"\"\n'                                   | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found an empty text
            an empty true or false   | '    debugMode: \"\"\n'                                       | estate.yaml:6:16: environments[0].debugMode: expected true or false, found an empty text
            a blank whole number     | '    frontEndCount: \"  \"\n'                                 | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found an empty text
            a control character for a whole number | '    frontEndCount: \"\\u0001\"\n'               | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found an empty text
            an ideographic space for a whole number | '    frontEndCount: \"\u3000\"\n'               | estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found '\u3000'
            a control character for a timestamp | '    runningModeChangedAt: \"\\u0001\"\n'         | estate.yaml:6:27: environments[0].runningModeChangedAt: expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text
            an empty timestamp       | '    runningModeChangedAt: \"\"\n'                            | estate.yaml:6:27: environments[0].runningModeChangedAt: expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text
            a second document        | '---\\nname: Other\\n'                                        | estate.yaml:7:1: (top level): content after the end of the file's one document
            .inf unquoted            | '    modules:\\n      - name: .inf\\n'                        | estate.yaml:7:19: '.inf' is a YAML number (infinity or not-a-number), not text: quote it (\".inf\") to use it as a name
            """)
    void aWrongValueIsSaidInTheFilesWords(String what, String tail, String expected) {
        Throwable thrown = catchThrowable(() -> new EstateLoader().loadText("estate.yaml", HEAD + tail.replace("\\n", "\n")));

        assertThat(thrown).as(what).isInstanceOf(EstateInputException.class);
        assertThat(thrown.getMessage()).contains(expected)
                .doesNotContain("java.").doesNotContain("Cannot deserialize").doesNotContain("CoercionConfig")
                .doesNotContain("DateTimeParseException").doesNotContain("FAIL_ON_TRAILING_TOKENS").doesNotContain("syntax error");
    }

    /** An empty number or timestamp is one mistake among others: the read goes on and names the rest. */
    @org.junit.jupiter.api.Test
    void emptyNumbersAndTimestampsDoNotHideTheFilesOtherMistakes() {
        String estate = HEAD + """
                    frontEndCount: ""
                    runningModeChangedAt: " "
                    modules:
                      - {name: A, errorsLast7Days: "", lastPublished: ""}
                  - name: Quality
                    role: qualty
                    platformVersion: "11.30.1"
                    frontEndCount: ""
                """;
        Throwable thrown = catchThrowable(() -> new EstateLoader().loadText("estate.yaml", estate));

        assertThat(thrown).isInstanceOf(EstateInputException.class);
        assertThat(((EstateInputException) thrown).problems()).containsExactly(
                "estate.yaml:6:20: environments[0].frontEndCount: expected a whole number, found an empty text",
                "estate.yaml:7:27: environments[0].runningModeChangedAt: expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text",
                "estate.yaml:9:36: environments[0].modules[0].errorsLast7Days: expected a whole number, found an empty text",
                "estate.yaml:9:55: environments[0].modules[0].lastPublished: expected a timestamp such as 2026-05-01T00:00:00Z, found an empty text",
                "estate.yaml:11:11: environments[1].role: unknown value 'qualty' (did you mean 'quality'?); expected one of development, quality, preproduction, production, personal",
                "estate.yaml:13:20: environments[1].frontEndCount: expected a whole number, found an empty text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text after JSON          | '{\"name\": \"A\", \"environments\": [{\"name\": \"D\", \"role\": \"development\", \"platformVersion\": \"11.30.1\"}]}\\n{}\\n' | estate.json:2:1: (top level): content after the end of the file's one document
            """)
    void jsonToo(String what, String text, String expected) {
        Throwable thrown = catchThrowable(() -> new EstateLoader().loadText("estate.json", text.replace("\\n", "\n")));
        assertThat(thrown).as(what).hasMessageContaining(expected).hasMessageNotContaining("FAIL_ON_TRAILING_TOKENS");
    }
}
