package com.careeragent.matching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.careeragent.auth.UserId;

/**
 * Writes the rows matching reads (jobs, profiles, profile skills) straight into the domain schema, the
 * way ingestion and the profile module store them.
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

    void profile(UserId user, List<String> targetTitles, String seniority, double years, List<String> skills) {
        jdbc.sql("""
                        INSERT INTO profiles (user_id, headline, target_titles, seniority, years_experience)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (user_id) DO UPDATE SET target_titles = EXCLUDED.target_titles,
                            seniority = EXCLUDED.seniority, years_experience = EXCLUDED.years_experience""")
                .params(user.value(), targetTitles.isEmpty() ? null : targetTitles.getFirst(),
                        targetTitles.toArray(String[]::new), seniority, years)
                .update();
        jdbc.sql("DELETE FROM user_skills WHERE user_id = ?").param(user.value()).update();
        for (String skill : skills) {
            jdbc.sql("INSERT INTO user_skills (user_id, name, origin, evidence) VALUES (?, ?, 'cv', ?)")
                    .params(user.value(), skill, "Built services with " + skill).update();
        }
    }
}
