package com.careeragent.jobs.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Estimates how many jobs match when a search stopped early. The scan saw the newest {@code n} matches,
 * reaching back to a cutoff date; if a fraction {@code f} of the jobs the filters allow were posted since
 * that cutoff, about {@code n / f} match in all. The fraction comes from the planner's statistics (the
 * posted_at histogram), which is cheap; the text match rate comes from the scan itself, which captures
 * correlated terms ("machine learning") that multiplying per-term frequencies would get wrong.
 */
final class TotalEstimator {

    private static final Pattern PLAN_ROWS = Pattern.compile("rows=(\\d+)");
    private final JdbcClient jdbc;

    TotalEstimator(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param newest the newest matches in order, as many as the scan returned (it was cut off) */
    long estimate(JobQuery query, List<Candidate> newest) {
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
