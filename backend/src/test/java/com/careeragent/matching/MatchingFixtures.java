package com.careeragent.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;


/**
 * Writes job rows straight into the domain schema, the way ingestion stores them.
 */
final class MatchingFixtures {

    private final JdbcClient jdbc;

    MatchingFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long job(String title, String company, List<String> skills, String description, boolean remote, String location) {
        return jdbc.sql("""
                        INSERT INTO jobs (source, source_id, title, company, url, apply_url, location, remote, skills,
                                          description_text, content_hash, posted_at, status)
                        VALUES ('remoteok', ?, ?, ?, 'https://remoteok.com/remote-jobs/1', 'https://example.com/apply',
                                ?, ?, ?, ?, 'hash', ?, 'open')
                        RETURNING id""")
                .params(UUID.randomUUID().toString(), title, company, location, remote, skills.toArray(String[]::new),
                        description, java.sql.Timestamp.from(Instant.now()))
                .query(Long.class).single();
    }

    void close(long jobId) {
        jdbc.sql("UPDATE jobs SET status = 'closed', closed_at = now() WHERE id = ?").param(jobId).update();
    }
}
