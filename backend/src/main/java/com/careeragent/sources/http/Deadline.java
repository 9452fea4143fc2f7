package com.careeragent.sources.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The time budget of one source in one run: requests and retry waits never go past it. */
public record Deadline(Instant end, Clock clock) {

    public static Deadline after(Duration budget) {
        Clock clock = Clock.systemUTC();
        return new Deadline(clock.instant().plus(budget), clock);
    }

    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), end);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean expired() {
        return remaining().isZero();
    }
}
