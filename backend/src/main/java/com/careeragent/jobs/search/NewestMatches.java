package com.careeragent.jobs.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

import com.careeragent.jobs.search.CandidateScan.Options;
import com.careeragent.jobs.search.CandidateScan.Order;

/**
 * Finds the newest matches of a query, as many as wanted, without looking at all matches of a broad one.
 * A short probe walk (newest jobs first) either finds enough already or tells how common the matches are;
 * {@link PlanChooser} then picks between walking further, a GIN bitmap limited to a recent window, and all
 * matches via GIN. When it did not see every match, the total is estimated from the rate it observed.
 */
final class NewestMatches {

    static final int PROBE = 1_000;

    private final CandidateScan scan;
    private final TotalEstimator estimator;
    private final LexemeFrequencies lexemes;

    NewestMatches(CandidateScan scan, TotalEstimator estimator, LexemeFrequencies lexemes) {
        this.scan = scan;
        this.estimator = estimator;
        this.lexemes = lexemes;
    }

    /** The newest matches in order; {@code total} exact when {@code complete}, else an estimate. */
    record Found(List<Candidate> newest, boolean complete, long total) {
    }

    /**
     * @param want     how many of the newest matches to collect if they are cheap to find: more of them make
     *                 better estimates and facets
     * @param mustFill how many are needed (the page, or the relevance window): fewer than {@code want} will
     *                 do, newest first (a prefix of the full order), when a walk found at least this many
     */
    Found find(JobQuery query, int want, int mustFill, Options options, QueryTexts.Parsed text) {
        CandidateScan.Walk probe = scan.walk(query, Order.NEWEST, "TRUE", want, PROBE, options);
        if (probe.exhausted()) {
            return new Found(probe.hits(), true, probe.hits().size());
        }
        if (probe.found(mustFill)) {
            return new Found(probe.hits(), false, fromRate(query, text, probe.hits().size(), probe.walked()));
        }
        long walkable = estimator.walkable(query);
        double ginEntries = query.hasText() ? lexemes.ginEntries(text.stems()) : -1;
        boolean filtered = SearchConditions.of(query).hasFilterTests() || !query.hasText();
        PlanChooser.Plan plan = PlanChooser.choose(mustFill, probe.walked(), probe.hits().size(), walkable,
                ginEntries, filtered ? PlanChooser.FILTERED_WALK_ROW_US : PlanChooser.WALK_ROW_US);
        if (plan instanceof PlanChooser.WalkFurther further) {
            CandidateScan.Walk walk = scan.walk(query, Order.NEWEST, "TRUE", want, further.budget(), options);
            if (walk.exhausted()) {
                return new Found(walk.hits(), true, walk.hits().size());
            }
            if (walk.hits().size() >= mustFill) {
                return new Found(walk.hits(), false, fromRate(query, text, walk.hits().size(), walk.walked()));
            }
        } else if (plan instanceof PlanChooser.Window window && probe.first() != null && probe.last() != null) {
            Found found = inWindow(query, want, mustFill, options, probe, window.depth(), walkable);
            if (found != null) {
                return found;
            }
        }
        List<Candidate> all = scan.planned(query, Order.NEWEST, "TRUE", want, options, null);
        boolean complete = all.size() < want;
        return new Found(all, complete, complete ? all.size() : estimator.fromCutoff(query, all));
    }

    /**
     * The total from the rate a walk saw. A single common word needs no sample: ANALYZE counted how many
     * jobs contain it (the statistics' most common elements), which beats a rate measured on ~60 matches.
     */
    private long fromRate(JobQuery query, QueryTexts.Parsed text, int hits, long walked) {
        if (text.nodes() == 1 && text.stems().size() == 1 && !SearchConditions.of(query).hasFilterTests()) {
            OptionalDouble frequency = lexemes.frequency(text.stems().getFirst());
            if (frequency.isPresent()) {
                return Math.max(hits, Math.round(frequency.getAsDouble() * estimator.walkable(query)));
            }
        }
        return estimator.fromRate(query, hits, walked);
    }

    /**
     * The newest matches among jobs posted since a cutoff, found with bitmaps; the cutoff moves back until
     * there are at least {@code mustFill}. It starts where the newest {@code depth} jobs end, judged from how
     * fast the probe went back in time.
     */
    private Found inWindow(JobQuery query, int want, int mustFill, Options options, CandidateScan.Walk probe,
            long depth, long walkable) {
        Duration probed = Duration.between(probe.last(), probe.first());
        double jobsPerSecond = probe.walked() / (double) Math.max(1, probed.toSeconds());
        for (long rows = depth; rows < walkable; rows *= 4) {
            Instant cutoff = probe.first().minusSeconds((long) (rows / jobsPerSecond));
            List<Candidate> found = scan.planned(query, Order.NEWEST, "TRUE", want, options, cutoff);
            // all matches posted since the cutoff are the newest ones: enough of them will do
            if (found.size() >= mustFill) {
                return new Found(found, false, estimator.fromCutoff(query, found));
            }
        }
        return null;
    }
}
