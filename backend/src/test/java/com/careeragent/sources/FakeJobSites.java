package com.careeragent.sources;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The job sites, played by a local HTTP server: each path answers with a scripted sequence of responses
 * (the last one repeats). Unscripted paths answer 404. Records every request's path and User-Agent.
 */
public final class FakeJobSites {

    private static FakeJobSites instance;

    private final HttpServer server;
    private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, Integer> served = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> userAgents = new ConcurrentLinkedQueue<>();

    public record Reply(int status, String contentType, byte[] body, Map<String, String> headers, long delayMillis) {

        public static Reply json(byte[] body) {
            return new Reply(200, "application/json", body, Map.of(), 0);
        }

        public static Reply json(String body) {
            return json(body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of(), 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, contentType, body, all, delayMillis);
        }

        public Reply delayed(long millis) {
            return new Reply(status, contentType, body, headers, millis);
        }
    }

    private FakeJobSites() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    public static synchronized FakeJobSites get() {
        if (instance == null) {
            try {
                instance = new FakeJobSites();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Scripts the replies for a path (path and query, e.g. {@code /greenhouse/acme/jobs?content=true}). */
    public void script(String pathAndQuery, Reply... replies) {
        scripts.put(pathAndQuery, new ArrayList<>(List.of(replies)));
        served.remove(pathAndQuery);
    }

    /**
     * Holds every answer on this path open (headers unsent) until {@code gate} opens, so a client is
     * provably mid-fetch for as long as a test needs. At most 5 minutes, so nothing hangs for ever.
     */
    public void hold(String pathAndQuery, CountDownLatch gate) {
        holds.put(pathAndQuery, gate);
    }

    public int requests(String pathAndQuery) {
        return served.getOrDefault(pathAndQuery, 0);
    }

    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    public void reset() {
        scripts.clear();
        holds.values().forEach(CountDownLatch::countDown);
        holds.clear();
        served.clear();
        userAgents.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getRawPath()
                + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
        userAgents.add(String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent")));
        int count = served.merge(key, 1, Integer::sum);
        List<Reply> replies = scripts.get(key);
        Reply reply = replies == null ? Reply.of(404, "application/json", "{\"error\":\"not found\"}")
                : replies.get(Math.min(count, replies.size()) - 1);
        try {
            CountDownLatch gate = holds.get(key);
            if (gate != null) {
                gate.await(5, TimeUnit.MINUTES);
            }
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // the client timed out and hung up: expected in timeout tests
        } finally {
            exchange.close();
        }
    }
}
