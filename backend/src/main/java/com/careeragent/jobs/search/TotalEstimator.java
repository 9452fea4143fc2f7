package com.careeragent.jobs.search;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Estimates how many jobs match when a search stopped early. The match rate comes from the rows the search
 * actually looked at (so correlated words such as "machine learning" are counted right, unlike multiplying
 * per-word frequencies); how many jobs that rate applies to comes from the planner's statistics.
 */
final class TotalEstimator {

    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");
    private static final Duration CACHE = Duration.ofMinutes(1);
    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, Cached> walkable = new ConcurrentHashMap<>();

    TotalEstimator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Cached(long rows, Instant at) {
    }

    /** {@code hits} matches among {@code walked} rows of a walk: the same rate over every walkable job. */
    long fromRate(JobQuery query, int hits, long walked) {
        return Math.max(hits, Math.round((double) hits / Math.max(walked, 1) * walkable(query)));
    }

    /** Jobs a walk over this query could visit (open or all, posted after ...): the planner's estimate. */
    long walkable(JobQuery query) {
        SearchConditions conditions = SearchConditions.of(query);
        String key = conditions.walkConditions() + conditions.params().getOrDefault("postedAfter", "");
        Cached cached = walkable.get(key);
        if (cached == null || cached.at().plus(CACHE).isBefore(Instant.now())) {
            long rows = plannerRows(new SqlFragment(conditions.walkConditions(), conditions.params()));
            cached = new Cached(rows, Instant.now());
            if (walkable.size() > 1000) {
                walkable.clear();
            }
            walkable.put(key, cached);
        }
        return cached.rows();
    }

    /**
     * The newest {@code n} matches reach back to a cutoff date; if a fraction {@code f} of the jobs the filters
     * allow were posted since then, about {@code n / f} match in all. {@code f} comes from the planner's
     * posted_at histogram.
     */
    long fromCutoff(JobQuery query, List<Candidate> newest) {
        Instant cutoff = newest.getLast().postedAt();
        SqlFragment filters = SearchConditions.withoutText(query);
        if (cutoff == null) {
            return Math.max(newest.size(), plannerRows(SearchConditions.all(query)));
        }
        long allowed = plannerRows(filters);
        long sinceCutoff = plannerRows(filters.wrap("", " AND j.posted_at >= :cutoff")
                .with("cutoff", Timestamp.from(cutoff)));
        if (allowed <= 0 || sinceCutoff <= 0) {
            return newest.size();
        }
        double fraction = Math.min(1.0, (double) sinceCutoff / allowed);
        return Math.max(newest.size(), Math.round(newest.size() / fraction));
    }

    private long plannerRows(SqlFragment where) {
        List<String> plan = where.wrap("EXPLAIN SELECT 1 FROM jobs j WHERE ", "")
                .on(jdbc)
                .query((rs, row) -> rs.getString(1))
                .list();
        Matcher rows = PLAN_ROWS.matcher(plan.getFirst());
        return rows.find() ? Long.parseLong(rows.group(1)) : 0;
    }

    /** Two significant digits: an estimate should not look more precise than it is. */
    static long round(long estimate) {
        if (estimate < 100) {
            return estimate;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(estimate)) - 1);
        return Math.round(Math.round(estimate / magnitude) * magnitude);
    }
}
