package dev.estateaudit.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.estateaudit.estate.LifeTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the LifeTime client: address, token and retry delays. */
class LifeTimeClientPartsTest {

    @TempDir
    Path dir;

    @Test
    void theApiBaseIsAddedOnceAndCredentialsAreDropped() {
        assertThat(LifeTimeUrl.parse("https://lifetime.example.com")).hasToString("https://lifetime.example.com/lifetimeapi/rest/v2");
        assertThat(LifeTimeUrl.parse("https://lifetime.example.com/")).hasToString("https://lifetime.example.com/lifetimeapi/rest/v2");
        assertThat(LifeTimeUrl.parse("https://lifetime.example.com:8443/lifetimeapi/rest/v2/"))
                .hasToString("https://lifetime.example.com:8443/lifetimeapi/rest/v2");
        assertThat(LifeTimeUrl.parse("https://user:pass@lifetime.example.com/?token=abc#x"))
                .hasToString("https://lifetime.example.com/lifetimeapi/rest/v2");
        assertThat(LifeTimeUrl.parse("http://localhost:8080")).hasToString("http://localhost:8080/lifetimeapi/rest/v2");
    }

    @Test
    void addressesThatAreNotLifeTimeUrlsAreRefusedWithoutEchoingCredentials() {
        assertThatThrownBy(() -> LifeTimeUrl.parse("lifetime.example.com")).hasMessageContaining("expected https://LIFETIME-HOST");
        assertThatThrownBy(() -> LifeTimeUrl.parse("ftp://user:pw@lifetime.example.com"))
                .hasMessageContaining("expected https://LIFETIME-HOST").hasMessageNotContaining("pw");
        assertThatThrownBy(() -> LifeTimeUrl.parse("http://10.0.0.5")).hasMessageContaining("must be reached over https");
    }

    @Test
    void theDelayDoublesAndRetryAfterIsHonouredUpToALimit() {
        RetryPolicy policy = RetryPolicy.withFirstDelay(Duration.ofMillis(200));
        assertThat(policy.tries()).isEqualTo(3);
        assertThat(policy.delayBefore(2, null)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delayBefore(3, null)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.delayBefore(2, 5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.delayBefore(2, 3600)).isEqualTo(RetryPolicy.LONGEST_DELAY);
        assertThat(RetryPolicy.isRetryable(429)).isTrue();
        assertThat(RetryPolicy.isRetryable(500)).isFalse();
    }

    @Test
    void theTokenNeverShowsInText() throws Exception {
        LifeTimeToken token = LifeTimeToken.read(Files.writeString(dir.resolve("t"), "  abc.def-123 \n"), Map.of());
        assertThat(token).hasToString("[token hidden]");
        assertThat(token.authorization()).isEqualTo("Bearer abc.def-123");
        assertThat(token.redact("echo abc.def-123!")).isEqualTo("echo [token hidden]!");
        assertThatThrownBy(() -> LifeTimeToken.read(Files.writeString(dir.resolve("empty"), "\n"), Map.of()))
                .hasMessageEndingWith("the token file is empty");
        assertThatThrownBy(() -> LifeTimeToken.read(dir.resolve("absent"), Map.of(LifeTimeToken.ENVIRONMENT_VARIABLE, "x")))
                .as("an explicit file wins over the environment, even when it is missing")
                .hasMessageEndingWith("no such token file");
    }
}
