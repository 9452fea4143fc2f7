package com.careeragent.sources.run;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A refresh run as the API shows it. {@code status}: running | completed | partial | failed.
 * Per source: running | completed | failed | skipped, with {@code created + updated + unchanged + invalid = found}.
 */
public record RunReport(UUID runId, String status, String trigger, Instant startedAt, Instant finishedAt,
                        String error, List<SourceReport> sources) {

    public record SourceReport(String source, String status, int found, int created, int updated, int unchanged,
                               int invalid, int closed, String error, Instant startedAt, Instant finishedAt) {
    }
}
