package dev.estateaudit.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.estateaudit.estate.LifeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * A LifeTime Deployment API v2 on the loopback address, for tests: it answers each call (path with
 * query) from a script of answers, the last one repeating, and records every request it gets.
 */
public final class FakeLifeTime implements AutoCloseable {

    public static final String API = "/lifetimeapi/rest/v2";

    /** One scripted answer. */
    public record Reply(int status, String body, long delayMillis) {
        public static Reply ok(String body) {
            return new Reply(200, body, 0);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, body, 0);
        }

        public static Reply noContent() {
            return new Reply(204, null, 0);
        }

        public Reply after(long millis) {
            return new Reply(status, body, millis);
        }
    }

    /** A request as the server saw it. */
    public record Seen(String call, String authorization) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Deque<Reply>> script = new HashMap<>();
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());

    private FakeLifeTime(HttpServer server) {
        this.server = server;
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeLifeTime http() throws IOException {
        return new FakeLifeTime(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    public static FakeLifeTime https(SSLContext context) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        return new FakeLifeTime(server);
    }

    /** The documented example estate: four environments, zones, applications and modules. */
    public FakeLifeTime withExampleEstate() {
        answer("/environments/", Reply.ok(resource("environments.json")));
        answer("/environments/" + Keys.DEVELOPMENT + "/deploymentzones/", Reply.noContent());
        answer("/environments/" + Keys.TESTING + "/deploymentzones/", Reply.status(403,
                "{\"Errors\": [\"Failed to retrieve the deployment zones of environment Testing (key: " + Keys.TESTING
                        + "). Error: Feature not Licensed\"], \"StatusCode\": 403}"));
        answer("/environments/" + Keys.QUALITY_ASSURANCE + "/deploymentzones/", Reply.ok("[]"));
        answer("/environments/" + Keys.PRODUCTION + "/deploymentzones/", Reply.ok(resource("deploymentzones-production.json")));
        answer("/applications/", Reply.ok(resource("applications.json")));
        answer("/modules/?IncludeEnvStatus=true", Reply.ok(resource("modules.json")));
        return this;
    }

    /** Answers the call (a path below the API base, with its query) with these replies in turn. */
    public FakeLifeTime answer(String call, Reply... replies) {
        script.put(call, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    public String url() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public long count(String call) {
        return seen().stream().filter(s -> s.call().equals(call)).count();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            String call = (path.startsWith(API) ? path.substring(API.length()) : path) + (query == null ? "" : "?" + query);
            seen.add(new Seen(call, exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = next(call);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), reply.status() == 204 ? -1 : body.length);
            if (reply.status() != 204) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private synchronized Reply next(String call) {
        Deque<Reply> replies = script.get(call);
        if (replies == null) {
            return Reply.status(404, "{\"Errors\": [\"no such call in this test: " + call + "\"], \"StatusCode\": 404}");
        }
        return replies.size() > 1 ? replies.removeFirst() : replies.getFirst();
    }

    public static String resource(String name) {
        try (InputStream in = FakeLifeTime.class.getResourceAsStream("/lifetime/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource lifetime/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /** The environment keys of the example estate. */
    public static final class Keys {
        public static final String DEVELOPMENT = "f3582e43-43c7-4bb4-8cbb-d9f6cbcbd35e";
        public static final String TESTING = "849515f2-b4ff-4aca-a9d6-9407bea655f4";
        public static final String QUALITY_ASSURANCE = "2a7c1e0d-5b55-4f3e-9a61-0c8f3f1b7d21";
        public static final String PRODUCTION = "55c430ee-4783-43e6-a2d4-6eecfed1d90f";

        private Keys() {
        }
    }
}
