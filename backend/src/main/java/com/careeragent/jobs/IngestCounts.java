package com.careeragent.jobs;

/**
 * What storing a batch did: {@code created + updated + unchanged} equals the postings in the batch;
 * {@code closed} counts earlier postings of the same board now marked closed.
 */
public record IngestCounts(int created, int updated, int unchanged, int closed) {

    public static final IngestCounts NONE = new IngestCounts(0, 0, 0, 0);

    public IngestCounts plus(IngestCounts other) {
        return new IngestCounts(created + other.created, updated + other.updated,
                unchanged + other.unchanged, closed + other.closed);
    }
}
