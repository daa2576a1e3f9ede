package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases 5 and 6 of the hardening issue: the import's bounds and the token never shown. */
class ImportBoundsTest {

    private static final String TOKEN = "SECRET-0123456789abcdef";

    @TempDir
    Path folder;

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A server whose /environments/ answer starts, then trickles or floods without end. */
    private String serve(boolean flood) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write('[');
                byte[] chunk = flood ? "{\"a\": 1},".repeat(10_000).getBytes(StandardCharsets.US_ASCII) : new byte[] {' '};
                while (true) {
                    out.write(chunk);
                    out.flush();
                    if (!flood) {
                        Thread.sleep(200);
                    }
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up, as it should
            }
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static LifeTimeToken token() {
        return LifeTimeToken.read(null, Map.of(LifeTimeToken.ENVIRONMENT_VARIABLE, TOKEN));
    }

    private static RetryPolicy once() {
        return new RetryPolicy(1, Duration.ZERO, d -> { });
    }

    @Test
    void aBodySentAByteAtATimeEndsAtTheCallsTimeout() throws IOException {
        LifeTimeApi api = new LifeTimeApi(LifeTimeUrl.parse(serve(false)), token(), null, Duration.ofSeconds(2), once());
        long start = System.nanoTime();
        assertThatThrownBy(api::environments).isInstanceOf(ImportException.class)
                .hasMessageContaining("no answer within 2 s (tried 1 times)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void theWholeImportEndsAtItsOverallLimit() throws IOException {
        LifeTimeApi api = new LifeTimeApi(LifeTimeUrl.parse(serve(false)), token(), null, Duration.ofSeconds(60), once(),
                Duration.ofSeconds(1), LifeTimeApi.DEFAULT_ANSWER_LIMIT);
        assertThatThrownBy(api::environments).isInstanceOf(ImportException.class)
                .hasMessageContaining("did not finish within its overall limit of 1 s (--total-timeout)");
    }

    @Test
    void anEndlessBodyStopsAtTheAnswerLimit() throws IOException {
        LifeTimeApi api = new LifeTimeApi(LifeTimeUrl.parse(serve(true)), token(), null, Duration.ofSeconds(60), once(),
                Duration.ofSeconds(60), 4L * 1024 * 1024);
        assertThatThrownBy(api::environments).isInstanceOf(ImportException.class)
                .hasMessageContaining("the answer is larger than 4 MB");
    }

    @Test
    void aTokenWithAnInvisibleCharacterIsRefusedWithoutShowingIt() throws IOException {
        Path file = Files.writeString(folder.resolve("token"), "SECRET\u200B-0123456789\n");
        assertThatThrownBy(() -> LifeTimeToken.read(file, Map.of())).isInstanceOf(ImportException.class)
                .hasMessageContaining("U+200B at character 7 of 18").hasMessageNotContaining("SECRET").hasMessageNotContaining("0123");
        assertThatThrownBy(() -> LifeTimeToken.read(null, Map.of(LifeTimeToken.ENVIRONMENT_VARIABLE, "abc\u0007def")))
                .hasMessageContaining("U+0007").hasMessageNotContaining("abc");
    }

    @Test
    void nearCopiesOfTheTokenAreHiddenToo() {
        LifeTimeToken token = token();
        assertThat(token.redact("echo " + TOKEN + " and " + TOKEN.toLowerCase() + "!")).isEqualTo("echo [token hidden] and [token hidden]!");
        assertThat(token.redact("short " + TOKEN.substring(0, TOKEN.length() - 1) + ".")).isEqualTo("short [token hidden].");
        assertThat(token.redact("split SECRET-01 / 89abcdef")).isEqualTo("split [token hidden] / [token hidden]");
        assertThat(token.redact("a piece 56789 is too short to tell")).isEqualTo("a piece 56789 is too short to tell");
    }
}
