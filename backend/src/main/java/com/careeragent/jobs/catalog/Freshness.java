package com.careeragent.jobs.catalog;

import java.sql.Array;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * First-seen / last-seen bookkeeping and closing. A posting is closed after it was missing from
 * {@link #MISSES_TO_CLOSE} consecutive complete fetches of its board, and reopened when it shows up again.
 * An unchanged posting is only touched when that changes something: its {@code last_seen_at} moves in
 * steps of an hour, so re-reading the same feed right away writes nothing.
 */
@Component
public class Freshness {

    static final int MISSES_TO_CLOSE = 2;

    private static final String REOPEN = """
            UPDATE jobs SET status = 'open', closed_at = NULL, missed_runs = 0, last_seen_at = now(), updated_at = now()
            FROM unnest(?::text[]) AS seen(source_id)
            WHERE jobs.source = ? AND jobs.source_id = seen.source_id AND jobs.status = 'closed'
            RETURNING jobs.id
            """;

    private static final String TOUCH = """
            UPDATE jobs SET missed_runs = 0, last_seen_at = now()
            FROM unnest(?::text[]) AS seen(source_id)
            WHERE jobs.source = ? AND jobs.source_id = seen.source_id
              AND (jobs.missed_runs > 0 OR jobs.last_seen_at < now() - interval '1 hour')
            """;

    private static final String OPEN_ON_BOARD = "SELECT id, source_id FROM jobs WHERE source = ? AND board = ? AND status = 'open'";

    private static final String MISS = """
            UPDATE jobs SET missed_runs = missed_runs + 1,
                   status = CASE WHEN missed_runs + 1 >= ? THEN 'closed' ELSE status END,
                   closed_at = CASE WHEN missed_runs + 1 >= ? THEN now() END,
                   updated_at = CASE WHEN missed_runs + 1 >= ? THEN now() ELSE updated_at END
            WHERE id = ANY(?) AND status = 'open'
            RETURNING id, status
            """;

    private final JdbcTemplate jdbc;

    Freshness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the postings of this feed as seen now; returns the ids of closed ones that came back. */
    public List<Long> markSeen(String source, List<String> sourceIds) {
        List<Long> reopened = jdbc.query(con -> {
            var ps = con.prepareStatement(REOPEN);
            ps.setArray(1, ids(con, sourceIds));
            ps.setString(2, source);
            return ps;
        }, (rs, row) -> rs.getLong(1));
        jdbc.update(con -> {
            var ps = con.prepareStatement(TOUCH);
            ps.setArray(1, ids(con, sourceIds));
            ps.setString(2, source);
            return ps;
        });
        return reopened;
    }

    /**
     * After a complete fetch of a board: counts a miss for every open posting absent from it; returns closed ids.
     * The board's open ids are compared in memory: an anti-join against a 10k-element array parameter
     * is planned as a nested loop (PostgreSQL guesses 10 elements) and took seconds.
     */
    public List<Long> recordMisses(String source, String board, List<String> seenIds) {
        Set<String> seen = new HashSet<>(seenIds);
        List<Long> missing = new ArrayList<>();
        jdbc.query(OPEN_ON_BOARD, rs -> {
            if (!seen.contains(rs.getString(2))) {
                missing.add(rs.getLong(1));
            }
        }, source, board);
        if (missing.isEmpty()) {
            return List.of();
        }
        List<Long> closed = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement(MISS);
            ps.setInt(1, MISSES_TO_CLOSE);
            ps.setInt(2, MISSES_TO_CLOSE);
            ps.setInt(3, MISSES_TO_CLOSE);
            ps.setArray(4, con.createArrayOf("bigint", missing.toArray()));
            return ps;
        }, rs -> {
            if ("closed".equals(rs.getString("status"))) {
                closed.add(rs.getLong("id"));
            }
        });
        return closed;
    }

    private static Array ids(java.sql.Connection con, List<String> ids) throws java.sql.SQLException {
        return con.createArrayOf("text", ids.toArray(String[]::new));
    }
}
