package com.careeragent.profile.skills;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;

/**
 * Autocomplete for the skills editor: taxonomy skills (by name or alias), skills seen in jobs, and the
 * user's own custom skills, matched by prefix or trigram similarity and ranked by market frequency —
 * how many open jobs list the skill.
 */
@Component
class SkillSuggestions {

    record Suggestion(String name, String category, long openJobs, boolean custom) {
    }

    private final JdbcClient jdbc;

    SkillSuggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Suggestion> suggest(UserId user, String query, int limit) {
        String q = query.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                WITH candidates AS (
                    SELECT s.name, s.category, false AS custom FROM skills s
                    WHERE lower(s.name) LIKE :prefix || '%' OR lower(s.name) % :q
                       OR EXISTS (SELECT 1 FROM unnest(s.aliases) a WHERE lower(a) LIKE :prefix || '%')
                    UNION
                    SELECT DISTINCT js.skill, NULL, false FROM jobs j, unnest(j.skills) js(skill)
                    WHERE j.status = 'open' AND lower(js.skill) LIKE :prefix || '%'
                      AND NOT EXISTS (SELECT 1 FROM skills s WHERE s.name = js.skill)
                    UNION
                    SELECT c.name, NULL, true FROM custom_skills c
                    WHERE c.user_id = :user AND (lower(c.name) LIKE :prefix || '%' OR lower(c.name) % :q)
                )
                SELECT c.name, c.category, c.custom,
                       (SELECT count(*) FROM jobs j WHERE j.status = 'open' AND j.skills @> ARRAY[c.name]) AS open_jobs
                FROM candidates c
                ORDER BY (lower(c.name) = :q) DESC, (lower(c.name) LIKE :prefix || '%') DESC, open_jobs DESC,
                         similarity(lower(c.name), :q) DESC, lower(c.name)
                LIMIT :limit
                """)
                .param("q", q)
                .param("prefix", q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .param("user", user.value())
                .param("limit", limit)
                .query((rs, n) -> new Suggestion(rs.getString("name"), rs.getString("category"), rs.getLong("open_jobs"),
                        rs.getBoolean("custom")))
                .list();
    }
}
