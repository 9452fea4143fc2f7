package com.careeragent.jobs.search;

/**
 * Picks how to collect the newest {@code want} matches once a short probe walk has measured how common
 * they are, by comparing estimated CPU cost. The constants are CPU times measured on the 1M-job data set
 * with a warm cache (see docs/benchmarks/search.md):
 * <ul>
 * <li>{@link WalkFurther}: keep walking jobs newest first, testing each row: 1.8 µs a row when the text is
 * tested on the heap row (its tsvector is the last of 30 columns), 0.35 µs when filters are tested on
 * index entries first;</li>
 * <li>{@link Window}: GIN bitmap of the text AND a posted_at range just deep enough for {@code want}
 * matches: pays for the GIN bitmap (0.15 µs a matching entry, 0.02 µs an entry skimmed) but fetches few
 * rows;</li>
 * <li>{@link AllMatches}: let PostgreSQL fetch every match (GIN, 2.5 µs a row) and sort: best when
 * matches are few.</li>
 * </ul>
 */
final class PlanChooser {

    static final double WALK_ROW_US = 1.8;
    static final double FILTERED_WALK_ROW_US = 0.35;
    static final double HEAP_ROW_US = 2.5;
    static final double GIN_MATCH_US = 0.15;
    static final double GIN_ENTRY_US = 0.02;
    static final double RANGE_ROW_US = 0.1;
    static final int MAX_WALK = 60_000;

    sealed interface Plan permits WalkFurther, Window, AllMatches {
    }

    record WalkFurther(int budget) implements Plan {
    }

    /** Look only at jobs among the newest {@code depth} (in posted_at order). */
    record Window(long depth) implements Plan {
    }

    record AllMatches() implements Plan {
    }

    private PlanChooser() {
    }

    /**
     * @param probed     rows the probe walked
     * @param hits       matches among them
     * @param walkable   jobs a walk could visit (open, posted after ...)
     * @param ginEntries posting-list entries of the text's words (what a GIN scan skims); negative without text
     * @param walkRowUs  what walking one row costs (µs)
     */
    static Plan choose(int want, int probed, int hits, long walkable, double ginEntries, double walkRowUs) {
        double rate = Math.max(hits, 0.5) / probed;
        double walkRows = want / rate * 1.2;
        double walkCost = walkRows * walkRowUs;
        double matches = rate * walkable;
        boolean text = ginEntries >= 0;
        double ginCost = text ? matches * GIN_MATCH_US + ginEntries * GIN_ENTRY_US : 0;
        double allCost = ginCost + matches * HEAP_ROW_US * (text ? 1 : 1.2);
        double windowDepth = 2 * want / rate;
        double windowCost = text ? ginCost + windowDepth * RANGE_ROW_US + 2 * want * HEAP_ROW_US : Double.MAX_VALUE;
        if (walkCost <= allCost && walkCost <= windowCost && walkRows <= MAX_WALK) {
            return new WalkFurther((int) Math.min(MAX_WALK, Math.ceil(walkRows * 1.5)));
        }
        if (windowCost < allCost && windowDepth < walkable / 2.0) {
            return new Window((long) Math.ceil(windowDepth));
        }
        return new AllMatches();
    }
}
