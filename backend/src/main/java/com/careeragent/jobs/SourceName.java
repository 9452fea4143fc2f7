package com.careeragent.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The job sources Career Agent knows. Their names are lowercase everywhere (filters, refresh bodies, reports). */
public enum SourceName {
    REMOTEOK, GREENHOUSE, LEVER, ASHBY, REMOTIVE, ARBEITNOW, WWR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SourceName> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.id().equals(name)).findFirst();
    }

    /** Board providers hold one feed per company board on the watchlist. */
    public boolean boardProvider() {
        return this == GREENHOUSE || this == LEVER || this == ASHBY;
    }

    @Override
    public String toString() {
        return id();
    }
}
