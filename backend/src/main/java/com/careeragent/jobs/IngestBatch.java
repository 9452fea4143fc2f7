package com.careeragent.jobs;

import java.util.List;
import java.util.Objects;

/**
 * What one feed delivered in one run.
 *
 * @param board         the board token for Greenhouse, Lever and Ashby; {@code ""} for whole-source feeds
 * @param completeFeed  {@code true} only when the whole board was fetched successfully, so a posting missing
 *                      from it may be gone (a failed, partial or rate-limited fetch never closes anything)
 */
public record IngestBatch(SourceName source, String board, List<NormalizedJob> jobs, boolean completeFeed) {

    public IngestBatch {
        Objects.requireNonNull(source, "source");
        board = board == null ? "" : board;
        jobs = List.copyOf(jobs);
    }
}
