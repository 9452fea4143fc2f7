package com.careeragent.sources;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Job sources and refresh runs ({@code CAREER_AGENT_SOURCES_*}, {@code CAREER_AGENT_REFRESH_CRON}; see
 * docs/SOURCES.md). Every base URL is configurable so tests can point a source at a local server.
 *
 * @param refreshCron    Spring cron for scheduled refreshes; {@code -} disables them (no run then starts by itself)
 * @param userAgent      sent with every request so site owners know who is calling
 * @param requestTimeout per HTTP request (connect + response)
 * @param sourceBudget   wall-clock budget for one source in one run, retries included
 * @param staleRunAfter  a {@code running} run whose heartbeat is older than this belongs to a dead instance
 * @param maxResponseSize a larger response body fails its source (the real feeds are well under 1 MB)
 * @param retry          backoff policy for timeouts, 5xx and 429
 */
@Validated
@ConfigurationProperties("career-agent.sources")
public record SourcesProperties(
        @DefaultValue("-") String refreshCron,
        @DefaultValue("CareerAgent/0.1 (+https://github.com/career-agent; job search assistant)") String userAgent,
        @DefaultValue("20s") Duration requestTimeout,
        @DefaultValue("2m") Duration sourceBudget,
        @DefaultValue("3m") Duration staleRunAfter,
        @DefaultValue("32MB") DataSize maxResponseSize,
        @Valid @DefaultValue Retry retry,
        @Valid @DefaultValue Feed remoteok,
        @Valid @DefaultValue Board greenhouse,
        @Valid @DefaultValue Board lever,
        @Valid @DefaultValue Board ashby,
        @Valid @DefaultValue Remotive remotive,
        @Valid @DefaultValue Arbeitnow arbeitnow,
        @Valid @DefaultValue Feed wwr) {

    public boolean scheduleDisabled() {
        return refreshCron == null || refreshCron.isBlank() || "-".equals(refreshCron.trim());
    }

    /** Exponential backoff with jitter: {@code initialBackoff * 2^(attempt-1)}, capped, ±50 % random. */
    public record Retry(@DefaultValue("4") @Min(1) int maxAttempts,
                        @DefaultValue("1s") Duration initialBackoff,
                        @DefaultValue("30s") Duration maxBackoff) {
    }

    public record Feed(URI url, @DefaultValue("true") boolean enabled) {
    }

    /** A board API: {@code url} is the base before the board token; {@code boards} the initial watchlist. */
    public record Board(URI url, @DefaultValue("true") boolean enabled, @DefaultValue List<String> boards) {
    }

    /** Remotive asks for at most {@code dailyFetches} fetches a day. */
    public record Remotive(URI url, @DefaultValue("true") boolean enabled, @DefaultValue("4") @Min(0) int dailyFetches) {
    }

    /** Arbeitnow pages 100 postings at a time; {@code maxPages} bounds one run. */
    public record Arbeitnow(URI url, @DefaultValue("true") boolean enabled, @DefaultValue("3") @Min(1) int maxPages) {
    }
}
