package com.careeragent.jobs.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.skills.SkillTaxonomy;

/**
 * Maps skill names as people type them ("k8s", "javascript") to the canonical names jobs store
 * ("Kubernetes", "JavaScript"): the taxonomy (names and aliases) first, then names seen in jobs,
 * case-insensitively. A name found nowhere is kept as typed (and matches nothing).
 */
@Component
public class SkillNames {

    private final JdbcClient jdbc;
    private final SkillTaxonomy taxonomy;

    SkillNames(JdbcClient jdbc, SkillTaxonomy taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    public List<String> canonical(List<String> names) {
        List<String> canonical = new ArrayList<>();
        for (String name : names) {
            canonical.add(taxonomy.canonical(name).orElseGet(() -> seenInJobs(name)));
        }
        return canonical.stream().distinct().toList();
    }

    private String seenInJobs(String name) {
        return jdbc.sql("""
                SELECT skill FROM job_skill_frequencies WHERE lower(skill) = lower(:name)
                ORDER BY open_jobs DESC, skill LIMIT 1""")
                .param("name", name)
                .query(String.class)
                .optional()
                .orElse(name);
    }
}
