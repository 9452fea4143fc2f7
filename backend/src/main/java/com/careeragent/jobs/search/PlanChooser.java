package com.careeragent.jobs.search;

/**
 * Picks how to collect the newest {@code want} matches once a short probe walk has measured how common
 * they are, by comparing estimated CPU cost (constants measured on the 1M-job data set, see
 * docs/benchmarks/search.md):
 * <ul>
 * <li>{@link WalkFurther}: keep walking jobs newest first, testing each row (~1.6 µs a row);</li>
 * <li>{@link Window}: GIN bitmap of the text AND a posted_at range just deep enough for {@code want}
 * matches; costs the GIN posting lists (~0.15 µs an entry) but visits few rows;</li>
 * <li>{@link AllMatches}: let PostgreSQL fetch every match (GIN) and sort; best when matches are few.</li>
 * </ul>
 */
final class PlanChooser {

    /** A walk testing the text on each heap row; a filtered walk over index entries costs far less. */
    static final double WALK_ROW_US = 1.6;
    static final double FILTERED_WALK_ROW_US = 0.5;
    static final double HEAP_ROW_US = 1.6;
    static final double GIN_ENTRY_US = 0.15;
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
     * @param ginEntries posting-list entries a GIN bitmap of the text reads; negative without text
     * @param walkRowUs  what walking one row costs (µs)
     */
    static Plan choose(int want, int probed, int hits, long walkable, double ginEntries, double walkRowUs) {
        double rate = Math.max(hits, 0.5) / probed;
        double walkRows = want / rate * 1.2;
        double walkCost = walkRows * walkRowUs;
        double matches = rate * walkable;
        boolean text = ginEntries >= 0;
        double ginCost = text ? ginEntries * GIN_ENTRY_US : 0;
        double allCost = ginCost + matches * HEAP_ROW_US * (text ? 1 : 1.3);
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
