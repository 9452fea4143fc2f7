package com.careeragent.jobs.search;

import java.util.Locale;
import java.util.Optional;

/** Result orders of the job search; ties are always broken by id (newest id first) so pages are stable. */
public enum JobSort {
    RELEVANCE, NEWEST, SALARY;

    public static Optional<JobSort> parse(String value) {
        for (JobSort sort : values()) {
            if (sort.name().equalsIgnoreCase(value)) {
                return Optional.of(sort);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
