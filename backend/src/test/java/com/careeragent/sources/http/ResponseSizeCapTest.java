package com.careeragent.sources.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.careeragent.sources.SourcesProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code max-response-size}: a body past the cap fails the fetch while it streams, without retries. */
class ResponseSizeCapTest {

    private static final int CAP = 64 * 1024;

    private HttpServer server;
    private final CompletableFuture<Long> streamedBytes = new CompletableFuture<>();
    private int requests;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/exact", exchange -> {
            requests++;
            byte[] body = new byte[CAP];
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/announced", exchange -> {
            requests++;
            // says so up front: refused on the headers, the body is never read
            exchange.sendResponseHeaders(200, CAP + 1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[CAP + 1]);
            } catch (IOException clientHungUp) {
                // expected
            }
        });
        server.createContext("/endless", exchange -> {
            requests++;
            // chunked, no Content-Length: only counting while streaming can stop it
            exchange.sendResponseHeaders(200, 0);
            long sent = 0;
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[8192];
                while (sent < 64L * 1024 * 1024) {
                    out.write(chunk);
                    out.flush();
                    sent += chunk.length;
                }
            } catch (IOException clientHungUp) {
                // expected: the client cancelled past the cap
            } finally {
                streamedBytes.complete(sent);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void aBodyAtTheCapIsRead() throws FetchFailure {
        assertThat(http().getOk(url("/exact"), "application/json", Deadline.after(Duration.ofSeconds(30))))
                .hasSize(CAP);
    }

    @Test
    void aContentLengthPastTheCapFailsAtOnceWithoutRetrying() {
        assertThatThrownBy(() -> http().getOk(url("/announced"), "application/json", Deadline.after(Duration.ofSeconds(30))))
                .isInstanceOf(FetchFailure.class)
                .hasMessage("response larger than 64 kB from 127.0.0.1");
        assertThat(requests).isEqualTo(1);
    }

    @Test
    void aStreamedBodyIsCutOffOnceItPassesTheCap() throws Exception {
        assertThatThrownBy(() -> http().getOk(url("/endless"), "application/json", Deadline.after(Duration.ofSeconds(30))))
                .isInstanceOf(FetchFailure.class)
                .hasMessage("response larger than 64 kB from 127.0.0.1");
        assertThat(requests).isEqualTo(1);
        assertThat(streamedBytes.get(30, TimeUnit.SECONDS)).as("the server saw the client hang up long before 64 MB")
                .isLessThan(16L * 1024 * 1024);
    }

    @Test
    void theDefaultCapIs32Megabytes() {
        assertThat(properties(Map.of()).maxResponseSize().toMegabytes()).isEqualTo(32);
        assertThat(CappedBody.size(32L << 20)).isEqualTo("32 MB");
        assertThat(CappedBody.size(1000)).isEqualTo("1000 bytes");
    }

    private SourceHttp http() {
        return new SourceHttp(properties(Map.of("career-agent.sources.max-response-size", CAP + "B",
                "career-agent.sources.retry.initial-backoff", "10ms")));
    }

    private static SourcesProperties properties(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("career-agent.sources", SourcesProperties.class);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
