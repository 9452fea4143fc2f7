package com.careeragent.jobs.search;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Maps skill names as people type them ("k8s", "javascript") to the canonical names jobs store
 * ("Kubernetes", "JavaScript"): the taxonomy's names and aliases first, then names seen in jobs, both
 * case-insensitively. A name found nowhere is kept as typed (and matches nothing).
 */
@Component
public class SkillNames {

    private final JdbcClient jdbc;

    SkillNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> canonical(List<String> names) {
        if (names.isEmpty()) {
            return names;
        }
        return jdbc.sql("""
                SELECT coalesce(
                         (SELECT s.name FROM skills s
                          WHERE lower(s.name) = lower(input)
                             OR lower(input) = ANY (SELECT lower(alias) FROM unnest(s.aliases) AS alias)
                          ORDER BY lower(s.name) = lower(input) DESC, s.name LIMIT 1),
                         (SELECT f.skill FROM job_skill_frequencies f
                          WHERE lower(f.skill) = lower(input) ORDER BY f.open_jobs DESC, f.skill LIMIT 1),
                         input)
                FROM unnest(:names::text[]) WITH ORDINALITY AS given(input, position)
                ORDER BY position""")
                .param("names", names.toArray(String[]::new))
                .query(String.class)
                .list()
                .stream().distinct().toList();
    }
}
