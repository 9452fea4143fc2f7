package com.careeragent.skills;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies the taxonomy into the {@code skills} table on every start so SQL (autocomplete, joins on
 * skill names) sees the same data as the code. One statement: the whole taxonomy goes over as one
 * JSON parameter and rows that did not change are left alone; skills removed from the data are
 * deleted.
 */
@Component
class SkillTableSync {

    private static final Logger log = LoggerFactory.getLogger(SkillTableSync.class);

    private final JdbcClient jdbc;
    private final SkillTaxonomy taxonomy;
    private final JsonMapper json = JsonMapper.builder().build();

    SkillTableSync(JdbcClient jdbc, SkillTaxonomy taxonomy) {
        this.jdbc = jdbc;
        this.taxonomy = taxonomy;
    }

    @EventListener(ApplicationReadyEvent.class)
    void syncOnStart() {
        long started = System.nanoTime();
        int changed = sync(List.copyOf(taxonomy.all()));
        log.info("Skill taxonomy: {} skills, {} rows written in {} ms", taxonomy.all().size(), changed,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** @return rows inserted, updated or deleted */
    int sync(List<Skill> skills) {
        String payload = json.writeValueAsString(skills);
        int upserted = jdbc.sql("""
                        INSERT INTO skills (name, category, aliases, related)
                        SELECT s->>'name', s->>'category',
                               ARRAY(SELECT jsonb_array_elements_text(s->'aliases')),
                               ARRAY(SELECT jsonb_array_elements_text(s->'related'))
                        FROM jsonb_array_elements(CAST(:skills AS jsonb)) AS s
                        ON CONFLICT (name) DO UPDATE
                            SET category = EXCLUDED.category, aliases = EXCLUDED.aliases, related = EXCLUDED.related
                            WHERE (skills.category, skills.aliases, skills.related)
                                  IS DISTINCT FROM (EXCLUDED.category, EXCLUDED.aliases, EXCLUDED.related)""")
                .param("skills", payload)
                .update();
        int deleted = jdbc.sql("""
                        DELETE FROM skills
                        WHERE name NOT IN (SELECT s->>'name' FROM jsonb_array_elements(CAST(:skills AS jsonb)) AS s)""")
                .param("skills", payload)
                .update();
        return upserted + deleted;
    }
}
