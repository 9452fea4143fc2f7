package com.careeragent.jobs.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Phase one of a search: find matching jobs in result order without visiting every match of a broad term.
 * <p>
 * {@link #walk} follows an index in result order (newest first, or highest salary first) and tests each
 * row, stopping at {@code want} matches or after {@code budget} rows, whichever comes first: a broad term
 * ("java", a third of all jobs) needs a few hundred rows, and the budget caps what a rare one costs.
 * {@link #planned} is the fallback for rare matches: PostgreSQL picks the plan (GIN bitmaps) and sorts.
 */
final class CandidateScan {

    enum Order {
        NEWEST("j.posted_at DESC NULLS LAST, j.id DESC", "w.posted_at DESC NULLS LAST, w.id DESC", "TRUE"),
        SALARY(SearchConditions.SALARY_PER_YEAR + " DESC, j.id DESC", "w.salary_key DESC, w.id DESC",
                SearchConditions.HAS_SALARY);

        final String inner;
        final String outer;
        /** What a row needs to be in this order's index (jobs_open_salary_idx only holds stated salaries). */
        final String indexed;

        Order(String inner, String outer, String indexed) {
            this.inner = inner;
            this.outer = outer;
            this.indexed = indexed;
        }
    }

    record Options(boolean withRank, boolean withSkills) {
    }

    /**
     * Matches in order; {@code walked}: rows visited; {@code exhausted}: no walkable row was left unvisited;
     * {@code first}/{@code last}: posted_at of the first row and of the last when the budget ran out.
     */
    record Walk(List<Candidate> hits, int walked, boolean exhausted, Instant first, Instant last) {

        boolean found(int wanted) {
            return hits.size() >= wanted;
        }
    }

    private final JdbcClient jdbc;

    CandidateScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Walk walk(JobQuery query, Order order, String extraTest, int want, int budget, Options options) {
        SearchConditions conditions = SearchConditions.of(query);
        boolean rank = options.withRank() && query.hasText();
        // With filters (or no text) the walk reads only index entries (jobs_open_newest_idx) and
        // looks up the heap row, for the text test, only when the filters pass.
        boolean covering = order == Order.NEWEST && (conditions.hasFilterTests() || !query.hasText());
        String hit = covering
                ? conditions.filterTests() + " AND " + extraTest + (query.hasText()
                        // a scalar subquery, not EXISTS: the planner may turn EXISTS into a hash of every match
                        ? " AND (SELECT t.search_vector @@ " + SearchConditions.TSQUERY
                                + " FROM jobs t WHERE t.id = j.id)" : "")
                : conditions.rowTests() + " AND " + extraTest;
        String rankColumn = !rank ? ", 0::real AS rank"
                : covering ? ", CASE WHEN w.hit THEN (SELECT ts_rank(t.search_vector, " + SearchConditions.TSQUERY
                        + ") FROM jobs t WHERE t.id = w.id) ELSE 0 END AS rank"
                : ", CASE WHEN w.hit THEN ts_rank(w.search_vector, " + SearchConditions.TSQUERY + ") ELSE 0 END AS rank";
        // The walk (inner query) stops after :budget rows, the outer LIMIT after :want matches; the first
        // row and the row at the budget come along (not as matches) to tell how far and fast it went.
        String sql = "SELECT w.*" + rankColumn
                + " FROM (SELECT " + columns(options) + (rank && !covering ? ", j.search_vector" : "")
                + (order == Order.SALARY ? ", " + SearchConditions.SALARY_PER_YEAR + " AS salary_key" : "")
                + ", (" + hit + ") AS hit"
                + ", row_number() OVER (ORDER BY " + order.inner + ") AS pos"
                + " FROM jobs j WHERE " + conditions.walkConditions() + " AND " + order.indexed
                + " ORDER BY " + order.inner + " LIMIT :budget) w"
                + " WHERE w.hit OR w.pos = :budget OR w.pos = 1 ORDER BY " + order.outer + " LIMIT :limit";
        List<Candidate> hits = new ArrayList<>();
        int[] last = {0, 0};
        Instant[] times = new Instant[2];
        jdbc.sql(sql).params(conditions.params()).param("budget", budget).param("limit", want + 2)
                .query(rs -> {
                    int pos = rs.getInt("pos");
                    last[0] = pos;
                    Timestamp posted = rs.getTimestamp("posted_at");
                    if (pos == 1) {
                        times[0] = posted == null ? null : posted.toInstant();
                    }
                    if (pos == budget) {
                        times[1] = posted == null ? null : posted.toInstant();
                    }
                    if (rs.getBoolean("hit") && hits.size() < want) {
                        hits.add(candidate(rs));
                        last[1] = pos;
                    }
                });
        boolean enough = hits.size() >= want;
        boolean exhausted = !enough && last[0] < budget;
        return new Walk(hits, enough ? last[1] : last[0], exhausted, times[0], times[1]);
    }

    /**
     * Every condition in one WHERE, ordered and limited: PostgreSQL chooses the plan. With a cutoff only jobs
     * posted since then count, and the plan must use bitmaps (GIN AND the posted_at range) rather than walk.
     */
    List<Candidate> planned(JobQuery query, Order order, String extraTest, int limit, Options options,
            Instant cutoff) {
        boolean rank = options.withRank() && query.hasText();
        String sql = "SELECT " + columns(options)
                + (rank ? ", ts_rank(j.search_vector, " + SearchConditions.TSQUERY + ") AS rank" : ", 0::real AS rank")
                + " FROM jobs j WHERE ";
        SqlFragment statement = SearchConditions.all(query)
                .wrap(sql, " AND " + order.indexed + " AND " + extraTest
                        + (cutoff != null ? " AND j.posted_at >= :cutoff" : "")
                        + " ORDER BY " + order.inner + " LIMIT :limit")
                .with("limit", limit);
        if (cutoff != null) {
            statement = statement.with("cutoff", Timestamp.from(cutoff));
            jdbc.sql("SELECT set_config('enable_indexscan', 'off', true)").query().singleValue();
        }
        try {
            return statement.on(jdbc).query((rs, row) -> candidate(rs)).list();
        } finally {
            if (cutoff != null) {
                jdbc.sql("SELECT set_config('enable_indexscan', 'on', true)").query().singleValue();
            }
        }
    }

    private static String columns(Options options) {
        return "j.id, j.cluster_id, j.posted_at, j.source, j.remote, j.seniority, j.employment_type"
                + (options.withSkills() ? ", j.skills" : ", NULL::text[] AS skills");
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        Timestamp posted = rs.getTimestamp("posted_at");
        return new Candidate(rs.getLong("id"), rs.getObject("cluster_id", Long.class),
                posted == null ? null : posted.toInstant(), rs.getString("source"), rs.getBoolean("remote"),
                rs.getString("seniority"), rs.getString("employment_type"), strings(rs.getArray("skills")),
                rs.getFloat("rank"));
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }
}
