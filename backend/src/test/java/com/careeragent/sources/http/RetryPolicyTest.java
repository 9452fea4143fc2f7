package com.careeragent.sources.http;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import com.careeragent.sources.SourcesProperties;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private static final SourcesProperties.Retry POLICY =
            new SourcesProperties.Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(30));

    @RepeatedTest(20)
    void backoffDoublesWithJitterAndIsCapped() {
        assertThat(SourceHttp.backoff(POLICY, 1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
        assertThat(SourceHttp.backoff(POLICY, 3)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        assertThat(SourceHttp.backoff(POLICY, 30)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(45));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(RetryAfter.parse("60", now)).contains(Duration.ofSeconds(60));
        assertThat(RetryAfter.parse("Thu, 01 Jan 2026 00:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Wed, 31 Dec 2025 00:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
