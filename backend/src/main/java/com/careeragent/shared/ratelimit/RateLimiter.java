package com.careeragent.shared.ratelimit;

import java.time.Duration;

/**
 * Named token buckets (bucket4j). With Redis configured the buckets live there, so every app
 * instance shares one budget; otherwise they live in this process.
 */
public interface RateLimiter {

    /** Takes one token from the bucket {@code key}; the answer says whether it was allowed. */
    Decision consume(String key, Limit limit);

    /** Whether a token is available, without taking it. */
    Decision peek(String key, Limit limit);

    /** At most {@code capacity} events per {@code period}, refilled gradually. */
    record Limit(String name, long capacity, Duration period) {
    }

    record Decision(boolean allowed, Duration retryAfter) {

        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }
}
