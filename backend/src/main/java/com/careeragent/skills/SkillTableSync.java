package com.careeragent.skills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Copies the taxonomy into the {@code skills} table on every start so SQL (autocomplete, joins on
 * skill names) sees the same data as the code. Usually nothing changed: one small query compares a
 * fingerprint of the table with one of the data and we are done. Otherwise one statement upserts the
 * whole taxonomy (sent as one JSON parameter; unchanged rows are left alone) and skills removed from
 * the data are deleted.
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
        if (fingerprint(skills).equals(tableFingerprint())) {
            return 0;
        }
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

    /** MD5 of the rows sorted by name, built exactly like {@link #tableFingerprint()} builds it in SQL. */
    static String fingerprint(List<Skill> skills) {
        String rows = skills.stream()
                .sorted(Comparator.comparing(Skill::name))
                .map(skill -> String.join("\t", skill.name(), skill.category(),
                        String.join("\u001f", skill.aliases()), String.join("\u001f", skill.related())))
                .collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(rows.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String tableFingerprint() {
        return jdbc.sql("""
                        SELECT md5(coalesce(string_agg(
                                   name || chr(9) || category || chr(9) || array_to_string(aliases, chr(31))
                                        || chr(9) || array_to_string(related, chr(31)),
                                   chr(10) ORDER BY name COLLATE "C"), ''))
                        FROM skills""")
                .query(String.class)
                .single();
    }
}
