package com.careeragent.sources.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.stereotype.Component;

import com.careeragent.sources.SourcesProperties;

/**
 * GETs a feed like a good citizen: descriptive User-Agent, a timeout per request, and retries with
 * exponential backoff and jitter on timeouts, connection errors, 5xx and 429 (honouring {@code Retry-After})
 * — all within the source's {@link Deadline}. Retries are Resilience4j's; there is no hand-written loop.
 * A body larger than {@code max-response-size} fails the fetch without being read to the end (not retried).
 */
@Component
public class SourceHttp {

    private final HttpClient client;
    private final SourcesProperties properties;

    SourceHttp(SourcesProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** The final response (2xx or not) after retries; throws only when no response could be had at all. */
    public HttpResponse<byte[]> get(URI uri, String accept, Deadline deadline) throws FetchFailure {
        AtomicInteger attempts = new AtomicInteger();
        Retry retry = Retry.of("source-fetch", retryConfig(deadline));
        try {
            return Retry.decorateCheckedSupplier(retry, () -> {
                attempts.incrementAndGet();
                return send(uri, accept, deadline);
            }).get();
        } catch (HttpTimeoutException e) {
            throw new FetchFailure("timed out after " + seconds(properties.requestTimeout()) + " ("
                    + plural(attempts.get(), "attempt") + ") for " + uri.getHost(), e);
        } catch (IOException e) {
            throw new FetchFailure("could not reach " + uri.getHost() + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + " (" + plural(attempts.get(), "attempt") + ")", e);
        } catch (FetchFailure e) {
            throw e;
        } catch (Throwable e) {
            throw new FetchFailure("fetching " + uri.getHost() + " failed: " + e, e);
        }
    }

    /** A 2xx body, or a failure describing the status (rate limits with their Retry-After). */
    public byte[] getOk(URI uri, String accept, Deadline deadline) throws FetchFailure {
        HttpResponse<byte[]> response = get(uri, accept, deadline);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body();
        }
        String host = uri.getHost();
        if (status == 429) {
            String after = response.headers().firstValue("Retry-After").map(v -> ", Retry-After " + v + " s").orElse("");
            throw new FetchFailure("rate limited by " + host + " (HTTP 429" + after + ")", status, null);
        }
        throw new FetchFailure("HTTP " + status + " from " + host + (status >= 500 ? " after retries" : ""), status, null);
    }

    private HttpResponse<byte[]> send(URI uri, String accept, Deadline deadline) throws IOException, FetchFailure {
        Duration timeout = shorter(properties.requestTimeout(), deadline.remaining());
        if (timeout.isZero()) {
            throw new FetchFailure("the source's time budget of " + seconds(properties.sourceBudget()) + " ran out");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", properties.userAgent())
                .header("Accept", accept)
                .GET().build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, CappedBody.handler(properties.maxResponseSize().toBytes()));
        try {
            // The client's own timeout ends at the response headers; this one also covers a trickling body.
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("request timed out");
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchFailure("interrupted");
        } catch (ExecutionException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof CappedBody.TooLarge tooLarge) {
                    throw new FetchFailure(tooLarge.getMessage() + " from " + uri.getHost(), tooLarge);
                }
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    private RetryConfig retryConfig(Deadline deadline) {
        SourcesProperties.Retry policy = properties.retry();
        return RetryConfig.<HttpResponse<byte[]>>custom()
                .maxAttempts(policy.maxAttempts())
                .retryOnResult(response -> retryable(response.statusCode())
                        && retryAfter(response).map(wait -> wait.compareTo(deadline.remaining()) < 0)
                                .orElse(!deadline.expired()))
                .retryOnException(e -> e instanceof IOException && !deadline.expired())
                .intervalBiFunction((Integer attempt, Either<Throwable, HttpResponse<byte[]>> outcome) -> {
                    Duration backoff = backoff(policy, attempt);
                    Duration wait = outcome.isRight() ? retryAfter(outcome.get()).orElse(backoff) : backoff;
                    return shorter(wait, deadline.remaining()).toMillis();
                })
                .failAfterMaxAttempts(false)
                .build();
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<byte[]> response) {
        return RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
    }

    /** initialBackoff · 2^(attempt−1), capped at maxBackoff, then jittered to 50–150 %. */
    static Duration backoff(SourcesProperties.Retry policy, int attempt) {
        long base = policy.initialBackoff().toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(base, policy.maxBackoff().toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + ThreadLocalRandom.current().nextDouble())));
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
