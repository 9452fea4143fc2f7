package com.careeragent.matching.index;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.careeragent.matching.scoring.JobPosting;

/**
 * Reads jobs for the index straight from the {@code jobs} table: one streamed query for all open jobs
 * (a cursor, so 100,000 descriptions never sit in memory at once), and small queries by id or cluster.
 */
@Component
public class OpenJobsReader {

    private static final String COLUMNS = """
            id, coalesce(cluster_id, id) AS cluster_key, title, company, location, remote, regions, seniority,
            salary_min, salary_max, salary_currency, salary_period, posted_at, skills, tags, description_text
            """;
    private static final int FETCH_SIZE = 2_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public OpenJobsReader(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Every open job, lowest id first (so the first of a cluster is its oldest posting). */
    public void forEachOpen(Consumer<JobPosting> consumer) {
        readOnly.executeWithoutResult(status -> jdbc.query(
                "SELECT " + COLUMNS + " FROM jobs WHERE status = 'open' ORDER BY id",
                rs -> {
                    consumer.accept(posting(rs));
                }));
    }

    /** Open jobs of the given duplicate clusters, lowest id first. */
    public List<JobPosting> openInClusters(Collection<Long> clusterKeys) {
        return jdbc.query("SELECT " + COLUMNS + " FROM jobs WHERE status = 'open' AND coalesce(cluster_id, id) = ANY(?)"
                + " ORDER BY id", (rs, n) -> posting(rs), (Object) clusterKeys.toArray(Long[]::new));
    }

    /** The clusters the given jobs belong to now. */
    public Set<Long> clusterKeysOf(Collection<Long> jobIds) {
        return new HashSet<>(jdbc.queryForList("SELECT DISTINCT coalesce(cluster_id, id) FROM jobs WHERE id = ANY(?)",
                Long.class, (Object) jobIds.toArray(Long[]::new)));
    }

    /** Jobs by id, whatever their status (for explaining matches). */
    public Map<Long, JobPosting> find(Collection<Long> jobIds) {
        Map<Long, JobPosting> found = new HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM jobs WHERE id = ANY(?)", rs -> {
            JobPosting posting = posting(rs);
            found.put(posting.id(), posting);
        }, (Object) jobIds.toArray(Long[]::new));
        return found;
    }

    private static JobPosting posting(ResultSet rs) throws SQLException {
        Timestamp posted = rs.getTimestamp("posted_at");
        return new JobPosting(rs.getLong("id"), rs.getLong("cluster_key"), rs.getString("title"),
                rs.getString("company"), rs.getString("location"), rs.getBoolean("remote"), strings(rs.getArray("regions")),
                rs.getString("seniority"), (Integer) rs.getObject("salary_min"), (Integer) rs.getObject("salary_max"),
                rs.getString("salary_currency"), rs.getString("salary_period"), posted == null ? null : posted.toInstant(),
                strings(rs.getArray("skills")), strings(rs.getArray("tags")), rs.getString("description_text"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
