package dev.estateaudit.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * The live LifeTime Deployment API v2, read with {@code java.net.http.HttpClient}. Each call is
 * tried up to {@link RetryPolicy#tries()} times on throttling, busy servers and timeouts; every
 * other failure stops the import with a message naming the call, the status and, for 401/403, the
 * permission the service account lacks.
 */
public final class LifeTimeApi implements LifeTimeSource {

    /** What the service account needs to read the inventory (OutSystems documentation, "LifeTime permission levels"). */
    static final String NEEDED_PERMISSION = "the service account's role needs at least the 'Monitor and Add Dependencies' "
            + "permission level on every environment (LifeTime > User Management > Service Accounts)";

    private final LifeTimeUrl url;
    private final LifeTimeToken token;
    private final Duration timeout;
    private final RetryPolicy retry;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    /** The whole import's bound when none is given: far beyond a healthy LifeTime, short of a stuck pipeline. */
    public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofMinutes(30);
    public static final long DEFAULT_ANSWER_LIMIT = LimitedBody.DEFAULT_LIMIT;

    private final Instant deadline;
    private final Duration total;
    private final long answerLimit;

    public LifeTimeApi(LifeTimeUrl url, LifeTimeToken token, Path caCertificates, Duration timeout, RetryPolicy retry) {
        this(url, token, caCertificates, timeout, retry, DEFAULT_TOTAL_TIMEOUT, LimitedBody.DEFAULT_LIMIT);
    }

    /**
     * @param timeout     each call's bound, from connecting to the last byte of its answer
     * @param total       the whole import's bound, retries and pauses included
     * @param answerLimit the largest answer body read, in bytes
     */
    public LifeTimeApi(LifeTimeUrl url, LifeTimeToken token, Path caCertificates, Duration timeout, RetryPolicy retry,
            Duration total, long answerLimit) {
        this.deadline = Instant.now().plus(total);
        this.total = total;
        this.answerLimit = answerLimit;
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.retry = retry;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .sslContext(TrustedCertificates.sslContext(caCertificates))
                // A redirect could carry the Authorization header to another host: follow none.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public String description() {
        return "the LifeTime Deployment API v2 at " + url;
    }

    @Override
    public JsonNode environments() {
        return answer("/environments/");
    }

    @Override
    public ZoneListing deploymentZones(String environmentKey, String environmentName) {
        String call = "/environments/" + EnvironmentKey.pathSegment(environmentName, environmentKey) + "/deploymentzones/";
        Answer answer = get(call);
        // LifeTime answers 403 "Feature not Licensed" where deployment zones are not licensed: no zone
        // information, which is not a failure of the import.
        if (answer.status() == 403 && answer.body().toLowerCase(Locale.ROOT).contains("feature not licensed")) {
            return ZoneListing.unavailable("LifeTime answered 'Feature not Licensed' for deployment zones");
        }
        return ZoneListing.fromAnswer(requireArray(call, interpret(call, answer)));
    }

    @Override
    public JsonNode applications() {
        return answer("/applications/");
    }

    @Override
    public JsonNode modulesWithStatus() {
        return answer("/modules/?IncludeEnvStatus=true");
    }

    private JsonNode answer(String call) {
        return interpret(call, get(call));
    }

    private record Answer(int status, String body) {
    }

    private Answer get(String call) {
        HttpRequest request = HttpRequest.newBuilder(url.resolve(call))
                .timeout(timeout)
                .header("Authorization", token.authorization())
                .header("Accept", "application/json")
                .GET()
                .build();
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == retry.tries();
            Integer retryAfter = null;
            try {
                HttpResponse<String> response = send(call, request);
                if (last || !RetryPolicy.isRetryable(response.statusCode())) {
                    return new Answer(response.statusCode(), response.body() == null ? "" : response.body());
                }
                retryAfter = response.headers().firstValue("Retry-After").map(LifeTimeApi::seconds).orElse(null);
            } catch (HttpTimeoutException e) {
                if (last) {
                    throw failure(call, "no answer within " + seconds(timeout) + " (tried " + retry.tries()
                            + " times); raise --timeout if LifeTime is slow");
                }
            } catch (SSLException e) {
                throw failure(call, "the TLS connection failed (" + token.redact(e.getMessage()) + "); if LifeTime's "
                        + "certificate is signed by your own certificate authority, pass it with --ca-cert FILE.pem");
            } catch (ConnectException e) {
                throw failure(call, "cannot connect to " + url.host() + " (connection refused or unreachable)");
            } catch (IOException e) {
                throw failure(call, "the connection failed (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + token.redact(e.getMessage())) + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure(call, "interrupted");
            }
            pause(call, retry.delayBefore(attempt + 1, retryAfter));
        }
    }

    /**
     * The HTTP client's own timeout ends with the answer's headers, so a body sent a byte a second
     * outlived it; here the whole exchange, body included, must end within the call's timeout and
     * before the import's deadline.
     */
    private HttpResponse<String> send(String call, HttpRequest request) throws IOException, InterruptedException {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw overall(call);
        }
        boolean callBound = timeout.compareTo(left) <= 0;
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request, LimitedBody.handler(answerLimit));
        try {
            return exchange.get((callBound ? timeout : left).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            if (!callBound) {
                throw overall(call);
            }
            throw new HttpTimeoutException("no complete answer within " + seconds(timeout));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                if (t instanceof LimitedBody.TooLarge tooLarge) {
                    throw failure(call, tooLarge.getMessage() + "; LifeTime's answers are far smaller: is this LifeTime?");
                }
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof IllegalArgumentException bad) {
                throw failure(call, "the request was refused by the HTTP client (" + token.redact(bad.getMessage()) + ")");
            }
            throw failure(call, "the exchange failed (" + (cause == null ? "unknown" : cause.getClass().getSimpleName()) + ")");
        }
    }

    private ImportException overall(String call) {
        return failure(call, "the import did not finish within its overall limit of " + seconds(total)
                + " (--total-timeout)");
    }

    private void pause(String call, Duration delay) {
        if (Instant.now().plus(delay).isAfter(deadline)) {
            throw overall(call);
        }
        try {
            retry.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(call, "interrupted");
        }
    }

    private JsonNode interpret(String call, Answer answer) {
        int status = answer.status();
        if (status == 204) {
            return json.createArrayNode();
        }
        if (status == 200) {
            try {
                JsonNode body = json.readTree(answer.body());
                if (body == null || body.isMissingNode()) {
                    throw failure(call, "LifeTime answered 200 with an empty body; expected JSON");
                }
                return body;
            } catch (JsonProcessingException e) {
                throw failure(call, "LifeTime answered 200 but the body is not valid JSON (line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            }
        }
        if (status == 401) {
            throw failure(call, "401 Unauthorized: LifeTime refused the token (wrong, expired or revoked); create a new "
                    + "token for the service account in LifeTime > User Management > Service Accounts");
        }
        if (status == 403) {
            throw failure(call, "403 Forbidden: " + NEEDED_PERMISSION + serverSays(answer.body()));
        }
        throw failure(call, "LifeTime answered HTTP " + status + serverSays(answer.body()));
    }

    static JsonNode requireArray(String call, JsonNode answer) {
        if (!answer.isArray()) {
            throw new ImportException("GET " + call + ": expected a JSON array, found " + answer.getNodeType()
                    .toString().toLowerCase(Locale.ROOT));
        }
        return answer;
    }

    /** The Errors of LifeTime's Exception body, shortened, with the token hidden should a server echo it. */
    private String serverSays(String body) {
        try {
            JsonNode errors = json.readTree(body).path("Errors");
            if (errors.isArray() && !errors.isEmpty()) {
                List<String> texts = new ArrayList<>();
                errors.forEach(e -> texts.add(e.asText()));
                String joined = token.redact(String.join("; ", texts)).replaceAll("\\s+", " ");
                return " (LifeTime says: " + (joined.length() > 300 ? joined.substring(0, 300) + "…" : joined) + ")";
            }
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // not LifeTime's Exception shape: the status alone says enough
        }
        return "";
    }

    private ImportException failure(String call, String problem) {
        return new ImportException("GET " + call + " on " + url.host() + ": " + token.redact(problem));
    }

    private static Integer seconds(String retryAfter) {
        try {
            int value = Integer.parseInt(retryAfter.strip());
            return value >= 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }
}
