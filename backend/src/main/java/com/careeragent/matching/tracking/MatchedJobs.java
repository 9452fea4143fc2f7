package com.careeragent.matching.tracking;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The jobs of matches, in the shape of {@code GET /api/jobs} items. */
@Component
class MatchedJobs {

    private final JdbcClient jdbc;

    MatchedJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, MatchedJob> find(Collection<Long> ids) {
        Map<Long, MatchedJob> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        SELECT id, source, source_id, title, company, url, apply_url, skills, salary_min, salary_max,
                               salary_currency, salary_period, remote, location, posted_at, status
                        FROM jobs WHERE id = ANY(?)""")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    Timestamp posted = rs.getTimestamp("posted_at");
                    found.put(rs.getLong("id"), new MatchedJob(String.valueOf(rs.getLong("id")), rs.getString("source"),
                            rs.getString("source_id"), rs.getString("title"), rs.getString("company"), rs.getString("url"),
                            rs.getString("apply_url"), List.of((String[]) rs.getArray("skills").getArray()),
                            (Integer) rs.getObject("salary_min"), (Integer) rs.getObject("salary_max"),
                            rs.getString("salary_currency"), rs.getString("salary_period"), rs.getBoolean("remote"),
                            rs.getString("location"), posted == null ? null : posted.toInstant(), rs.getString("status")));
                });
        return found;
    }
}
