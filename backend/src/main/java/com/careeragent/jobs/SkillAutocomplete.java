package com.careeragent.jobs;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.careeragent.shared.sql.LikePatterns;

/**
 * Typo-tolerant skill autocomplete over the taxonomy (names and aliases) and the skills seen in jobs.
 * Exact and prefix matches come first, then close trigram matches ("kubernets"); within each group the
 * skill more open jobs ask for wins. The profile module adds the user's own custom skills on top.
 */
@Service
public class SkillAutocomplete {

    /** Loose enough for a swapped letter ("pyhton" vs "python" is 0.27), strict enough to stay relevant. */
    private static final double MIN_SIMILARITY = 0.2;
    private final JdbcClient jdbc;

    SkillAutocomplete(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SkillSuggestion> suggest(String typed, int limit) {
        return suggest(typed, limit, MIN_SIMILARITY);
    }

    /**
     * With a stricter {@code minSimilarity} for callers where the typed text may well be new: the profile's
     * skills editor adds what it does not know as a custom skill and should not bury it under near-misses.
     */
    public List<SkillSuggestion> suggest(String typed, int limit, double minSimilarity) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                WITH names AS (
                    SELECT s.name, s.category, lower(s.name) AS key,
                           :key = ANY (SELECT lower(a) FROM unnest(s.aliases) AS a) AS alias_exact,
                           EXISTS (SELECT 1 FROM unnest(s.aliases) AS a WHERE lower(a) LIKE :prefix) AS alias_prefix
                    FROM skills s
                    UNION ALL
                    SELECT f.skill, NULL, lower(f.skill), false, false
                    FROM job_skill_frequencies f
                    WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.name = f.skill)
                ), scored AS (
                    SELECT n.name, n.category, n.key = :key OR n.alias_exact AS exact,
                           n.key LIKE :prefix OR n.alias_prefix AS prefix, similarity(n.key, :key) AS similarity
                    FROM names n
                )
                SELECT s.name, s.category, coalesce(f.open_jobs, 0) AS open_jobs
                FROM scored s LEFT JOIN job_skill_frequencies f ON f.skill = s.name
                WHERE s.exact OR s.prefix OR s.similarity >= :minSimilarity
                ORDER BY s.exact DESC, s.prefix DESC, s.similarity >= 0.45 DESC, open_jobs DESC, s.similarity DESC,
                         s.name
                LIMIT :limit""")
                .param("key", key)
                .param("prefix", LikePatterns.escape(key) + "%")
                .param("minSimilarity", minSimilarity)
                .param("limit", limit)
                .query((rs, n) -> new SkillSuggestion(rs.getString("name"), rs.getString("category"),
                        rs.getLong("open_jobs")))
                .list();
    }
}
