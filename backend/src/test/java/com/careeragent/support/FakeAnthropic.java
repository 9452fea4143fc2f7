package com.careeragent.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the Anthropic Messages API ({@code POST /v1/messages}). Tests queue the replies
 * (a message, an error status, a slow answer) and read back every request it received.
 */
public final class FakeAnthropic implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Request(Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    public record Reply(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
    private volatile Reply fallback = overloaded();

    public FakeAnthropic() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void enqueue(Reply... next) {
        replies.addAll(List.of(next));
    }

    /** The reply given once the queue is empty. */
    public void otherwise(Reply reply) {
        fallback = reply;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void reset() {
        requests.clear();
        replies.clear();
        fallback = overloaded();
    }

    /** A successful message whose only content block is {@code text} (a structured answer is JSON text). */
    public static Reply message(String text) {
        return message(text, "end_turn");
    }

    public static Reply message(String text, String stopReason) {
        Map<String, Object> body = Map.of(
                "id", "msg_01XFDUDYJgAACzvnptvVoYEL",
                "type", "message",
                "role", "assistant",
                "model", "claude-haiku-4-5-20251001",
                "content", List.of(Map.of("type", "text", "text", text)),
                "stop_reason", stopReason,
                "usage", Map.of("input_tokens", 2095, "output_tokens", 503,
                        "cache_creation_input_tokens", 0, "cache_read_input_tokens", 0, "service_tier", "standard"));
        return new Reply(200, JSON.writeValueAsString(body), Duration.ZERO);
    }

    public static Reply overloaded() {
        return error(529, "overloaded_error", "Overloaded");
    }

    public static Reply rateLimited() {
        return error(429, "rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit");
    }

    public static Reply slow(Reply reply, Duration delay) {
        return new Reply(reply.status(), reply.body(), delay);
    }

    private static Reply error(int status, String type, String message) {
        return new Reply(status, JSON.writeValueAsString(Map.of("type", "error",
                "error", Map.of("type", type, "message", message),
                "request_id", "req_011CSHoEeqs5C35K2UUqR7Fy")), Duration.ZERO);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply = replies.poll();
        if (reply == null) {
            reply = fallback;
        }
        try {
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay());
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("request-id", "req_011CSHoEeqs5C35K2UUqR7Fy");
            // the SDK honours retry-after-ms, which keeps retry tests fast
            exchange.getResponseHeaders().set("retry-after-ms", "20");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGaveUp) {
            // the client timed out and closed the connection
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
