package com.careeragent.matching.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.auth.UserId;
import com.careeragent.matching.scoring.MatchExplanation;

/**
 * The stored matches of each person. Recomputing rewrites score, factors and skill gaps but never the
 * status, notes or next action; matches someone is tracking (any status but {@code new}) are never deleted
 * by a recompute, however low their score falls.
 */
@Component
public class MatchStore {

    /** A computed match to store. */
    public record Computed(long jobId, MatchExplanation explanation) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    public MatchStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** Inserts or refreshes matches; a row whose numbers and evidence didn't change is left alone. */
    public void upsert(UserId user, Collection<Computed> matches) {
        List<Object[]> rows = new ArrayList<>(matches.size());
        for (Computed match : matches) {
            rows.add(new Object[] {user.value(), match.jobId(), match.explanation().score(),
                    json.writeValueAsString(match.explanation().factors()),
                    match.explanation().missingSkills().toArray(String[]::new), match.jobId()});
        }
        // a job deleted meanwhile (closing keeps rows; only tests and admins delete) is skipped, not an error
        template.batchUpdate("""
                INSERT INTO matches (user_id, job_id, score, factors, missing_skills)
                SELECT ?, ?, ?, ?::jsonb, ? WHERE EXISTS (SELECT 1 FROM jobs WHERE id = ?)
                ON CONFLICT (user_id, job_id) DO UPDATE
                SET score = EXCLUDED.score, factors = EXCLUDED.factors, missing_skills = EXCLUDED.missing_skills,
                    updated_at = now()
                WHERE matches.score IS DISTINCT FROM EXCLUDED.score
                   OR matches.factors IS DISTINCT FROM EXCLUDED.factors
                   OR matches.missing_skills IS DISTINCT FROM EXCLUDED.missing_skills""", rows);
    }

    /** Removes untouched ({@code new}) matches except those for the given jobs. */
    public int deleteNewExcept(UserId user, Collection<Long> keep) {
        return jdbc.sql("DELETE FROM matches WHERE user_id = ? AND status = 'new' AND NOT (job_id = ANY(?))")
                .params(user.value(), keep.toArray(Long[]::new)).update();
    }

    /** Removes untouched ({@code new}) matches for the given jobs (closed, or now below the minimum score). */
    public int deleteNewFor(UserId user, Collection<Long> jobIds) {
        return jdbc.sql("DELETE FROM matches WHERE user_id = ? AND status = 'new' AND job_id = ANY(?)")
                .params(user.value(), jobIds.toArray(Long[]::new)).update();
    }

    /** Jobs of the matches the person is tracking (any status but new). */
    public List<Long> trackedJobIds(UserId user) {
        return jdbc.sql("SELECT job_id FROM matches WHERE user_id = ? AND status <> 'new'").param(user.value())
                .query(Long.class).list();
    }

    public void markComputed(UserId user, int ranked, int stored) {
        jdbc.sql("""
                INSERT INTO match_runs (user_id, computed_at, ranked, stored) VALUES (?, now(), ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET computed_at = now(), ranked = EXCLUDED.ranked, stored = EXCLUDED.stored""")
                .params(user.value(), ranked, stored).update();
    }

    /** Forgets a person who has no usable profile any more (their tracked matches stay). */
    public void forget(UserId user) {
        jdbc.sql("DELETE FROM match_runs WHERE user_id = ?").param(user.value()).update();
        deleteNewExcept(user, List.of());
    }

    /** People whose matches are kept up to date when new jobs arrive. */
    public List<UserId> maintainedUsers() {
        return jdbc.sql("SELECT user_id FROM match_runs ORDER BY computed_at").query(UUID.class).list().stream()
                .map(UserId::new).toList();
    }
}
