package dev.estateaudit.estate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.bench.EstateGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large JSON estate read in two halves binds exactly what the whole plain read binds, every
 * position included, whatever the line endings or the text around the cut; a file the halves
 * cannot take is left to the whole read.
 */
class SplitReadTest {

    private static final ObjectMapper JSON = EstateMapper.json();

    @TempDir
    Path folder;

    private static String generated() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EstateGenerator(16, 8, 3).write(out, true);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void aGeneratedEstateIsBoundAsTheWholeReadBindsIt(String lineEnding) throws IOException {
        assertSplitLikeWhole(generated().replace("\n", lineEnding));
    }

    @Test
    void aFileOnOneLineIsCutAtTheRightColumn() throws IOException {
        assertSplitLikeWhole(JSON.writeValueAsString(JSON.readTree(generated())));
    }

    @Test
    void quotesBracketsCommasAndTheWordEnvironmentsInTextDoNotMoveTheCut() throws IOException {
        StringBuilder text = new StringBuilder("{\"name\": \"environments: [a, {b}]\", \"environments\": [\n");
        for (int i = 0; i < 12; i++) {
            text.append(i == 0 ? "" : ",\n").append("  {\"name\": \"Env \\\"").append(i).append("\\\", {x}] \\\\\", \"role\": \"development\", ")
                    .append("\"platformVersion\": \"11.30.1\", \"modules\": [{\"name\": \"M,]}").append(i)
                    .append("\", \"references\": [\"environments\", \"[\"]}]}");
        }
        assertSplitLikeWhole(text.append("\n]}\n").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {", \"upgrade\": {\"targetVersion\": \"11.31.0\"}}", "} {}", ", }"})
    void anythingButTheRootsEndAfterTheEnvironmentsIsLeftToTheWholeRead(String end) throws IOException {
        String text = generated();
        assertThat(split(text.substring(0, text.lastIndexOf('}')) + end)).isNull();
    }

    @Test
    void aSecondHalfThePlainReadWouldNotTakeIsLeftToTheWholeRead() throws IOException {
        String text = generated();
        int late = text.lastIndexOf("\"role\"");
        assertThat(split(text.substring(0, late) + "\"colour\": \"red\", " + text.substring(late))).isNull();
    }

    @Test
    void theCutIsTheFirstCommaBetweenEnvironmentsPastTheMiddle() throws IOException {
        String text = "{\"environments\": [{\"name\": \"A\"},\n {\"name\": \"B,\"}, {\"name\": \"C\"}]}";
        Path file = write(text);
        try (FileChannel channel = FileChannel.open(file)) {
            SplitRead.Cut cut = SplitRead.findCut(channel, Files.size(file));
            assertThat(cut.offset()).isEqualTo(text.indexOf("}, {\"name\": \"C") + 1);
            assertThat(cut.line()).isEqualTo(2);
            assertThat(cut.column()).isEqualTo(cut.offset() - text.indexOf('\n'));
        }
    }

    private static final int SCAN_READ = 1 << 16;

    /**
     * The scan reads 64 KiB at a time: an escape or a run of spaces must carry over where a read
     * ends. {@code at} 0-4: the first read ends that many bytes into an escaped backslash and an
     * escaped quote ({@code \\\"}); 11-16: one to six bytes into a comma and its run of spaces.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 11, 12, 13, 14, 15, 16})
    void theCutIsWhereTheParserSeesItWhereverTheScansReadsEnd(int at) throws IOException {
        String mark = at < 10 ? "\\\\\\\"q" : ",      \"role";
        int into = at < 10 ? at : at - 10;
        String plain = readsAcrossEscapes(0);
        String estate = readsAcrossEscapes(SCAN_READ - into - plain.lastIndexOf(mark, SCAN_READ - 64));
        assertThat(estate.startsWith(mark, SCAN_READ - into)).as("the first read ends %d bytes into %s", into, mark).isTrue();
        Path file = write(estate);
        long expected = firstCommaBetweenEnvironmentsPastTheMiddle(file);
        assertThat(expected).as("past the second read, so that the scan carries state over reads").isGreaterThan(2L * SCAN_READ);
        try (FileChannel channel = FileChannel.open(file)) {
            SplitRead.Cut cut = SplitRead.findCut(channel, Files.size(file));
            assertThat(cut.offset()).isEqualTo(expected);
            String before = estate.substring(0, (int) expected);
            assertThat(cut.line()).isEqualTo(before.chars().filter(c -> c == '\n').count() + 1);
            assertThat(cut.column()).isEqualTo(expected - before.lastIndexOf('\n'));
        }
        Estate halves = SplitRead.read(JSON, file, "estate.json", 1);
        Estate whole = PlainRead.read(JSON, JSON.createParser(Files.newInputStream(file)), "estate.json");
        assertThat(halves).isNotNull();
        // names and positions: a field-by-field comparison of thousands of environments takes seconds
        assertThat(namesAndPositions(halves)).isEqualTo(namesAndPositions(whole)).hasSize(2 * 2600);
    }

    /** Environments whose names hold escapes, quotes and brackets, after a root name of {@code pad} letters. */
    private static String readsAcrossEscapes(int pad) {
        StringBuilder text = new StringBuilder("{\"name\": \"").append("x".repeat(pad)).append("\", \"environments\": [\n");
        for (int i = 0; i < 2600; i++) {
            text.append(i == 0 ? "" : ",\n").append("    {\"name\": \"E").append(i).append(" \\\\\\\"q}], {x ".repeat(1 + i % 7))
                    .append("\",      \"role\": \"development\", \"modules\": [{\"name\": \"M\\\\\"}]}");
        }
        return text.append("\n]}\n").toString();
    }

    private static List<String> namesAndPositions(Estate estate) {
        List<String> all = new ArrayList<>();
        for (EstateEnvironment environment : estate.getEnvironments()) {
            all.add(environment.getName() + " @ " + environment.getPosition());
            environment.getModules().forEach(m -> all.add(m.getName() + " @ " + m.getPosition()));
        }
        return all;
    }

    /** Jackson's own tokens: the comma before the first environment that starts past the middle. */
    private static long firstCommaBetweenEnvironmentsPastTheMiddle(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT && parser.getParsingContext().getParent().inArray()
                        && parser.getParsingContext().getParent().getParent().getParent().inRoot()
                        && parser.currentTokenLocation().getByteOffset() > bytes.length / 2) {
                    int at = (int) parser.currentTokenLocation().getByteOffset();
                    while (bytes[at] != ',') {
                        at--;
                    }
                    if (at >= bytes.length / 2) {
                        return at;
                    }
                }
            }
        }
        throw new AssertionError("no environment past the middle");
    }

    @Test
    void oneEnvironmentAcrossTheMiddleAndBeyondIsReadWholeOnThisThread() throws IOException {
        StringBuilder text = new StringBuilder("{\"name\": \"Two\", \"environments\": [\n  {\"name\": \"Small\", \"role\": \"development\", "
                + "\"platformVersion\": \"11.30.1\"},\n  {\"name\": \"Big\", \"role\": \"production\", \"platformVersion\": \"11.30.1\", \"modules\": [");
        for (int i = 0; i < 200; i++) {
            text.append(i == 0 ? "" : ", ").append("{\"name\": \"M").append(i).append("\"}");
        }
        String estate = text.append("]}\n]}\n").toString();
        Path file = write(estate);
        try (FileChannel channel = FileChannel.open(file)) {
            assertThat(SplitRead.findCut(channel, Files.size(file))).isNull();
        }
        Estate read = SplitRead.read(JSON, file, "estate.json", 1);
        assertThat(read).usingRecursiveComparison()
                .isEqualTo(PlainRead.read(JSON, JSON.createParser(Files.newInputStream(file)), "estate.json"));
        assertThat(read.getEnvironments()).hasSize(2);
    }

    private void assertSplitLikeWhole(String text) throws IOException {
        Estate whole;
        Path file = write(text);
        whole = PlainRead.read(JSON, JSON.createParser(Files.newInputStream(file)), "estate.json");
        assertThat(whole).as("the whole read").isNotNull();
        Estate halves = SplitRead.read(JSON, file, "estate.json", 1);
        assertThat(halves).as("read in halves").isNotNull();
        assertThat(halves).usingRecursiveComparison().isEqualTo(whole);
    }

    private Estate split(String text) throws IOException {
        return SplitRead.read(JSON, write(text), "estate.json", 1);
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(folder, "estate", ".json");
        Files.writeString(file, text);
        return file;
    }
}
