package com.careeragent.jobs.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Phase one of a search: the first {@code limit} matching jobs in an index order (newest first, or
 * highest salary first), so PostgreSQL can walk an index and stop early instead of visiting every
 * match of a broad term. When it returns fewer rows than asked for, it has seen every match.
 */
final class CandidateScan {

    static final String NEWEST_ORDER = "j.posted_at DESC NULLS LAST, j.id DESC";
    private static final String SALARY_ORDER = SearchConditions.SALARY_PER_YEAR + " DESC, j.id DESC";
    private static final String HAS_SALARY = "coalesce(j.salary_max, j.salary_min) IS NOT NULL";

    private final JdbcClient jdbc;

    CandidateScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Options(boolean withRank, boolean withSkills) {
    }

    List<Candidate> newest(JobQuery query, int limit, Options options) {
        return run(SearchConditions.all(query), NEWEST_ORDER, limit, options, query);
    }

    List<Candidate> withSalary(JobQuery query, int limit, Options options) {
        SqlFragment where = SearchConditions.all(query).wrap("", " AND " + HAS_SALARY);
        return run(where, SALARY_ORDER, limit, options, query);
    }

    List<Candidate> withoutSalary(JobQuery query, int limit, Options options) {
        SqlFragment where = SearchConditions.all(query).wrap("", " AND NOT (" + HAS_SALARY + ")");
        return run(where, NEWEST_ORDER, limit, options, query);
    }

    private List<Candidate> run(SqlFragment where, String order, int limit, Options options, JobQuery query) {
        boolean rank = options.withRank() && query.hasText();
        String columns = "j.id, j.cluster_id, j.posted_at, j.source, j.remote, j.seniority, j.employment_type"
                + (options.withSkills() ? ", j.skills" : ", NULL::text[] AS skills")
                + (rank ? ", ts_rank(j.search_vector, " + SearchConditions.TSQUERY + ") AS rank" : ", 0::real AS rank");
        return where.wrap("SELECT " + columns + " FROM jobs j WHERE ", " ORDER BY " + order + " LIMIT :limit")
                .with("limit", limit)
                .on(jdbc)
                .query(CandidateScan::candidate)
                .list();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        Timestamp posted = rs.getTimestamp("posted_at");
        return new Candidate(rs.getLong("id"), (Long) rs.getObject("cluster_id", Long.class),
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
