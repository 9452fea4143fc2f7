package com.careeragent.jobs;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careeragent.jobs.skills.SkillFrequencyRefresher;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Typo-tolerant skill autocomplete over the taxonomy and skills seen in jobs, by market frequency. */
class SkillSuggestApiTest extends JobsApiTest {

    @Autowired
    SkillFrequencyRefresher frequencies;

    @Test
    void suggestsByPrefixAliasAndTyposMostAskedForFirst() {
        String stem = randomLetters(7);
        String script = capitalized(stem) + "script";
        String flow = capitalized(stem) + "flow";
        String netes = capitalized(stem) + "netes";
        String fromJobsOnly = capitalized(stem) + "mesh";
        jdbc.sql("INSERT INTO skills (name, category, aliases) VALUES (:a, 'language', '{}'), "
                        + "(:b, 'tool', '{}'), (:c, 'platform', :alias::text[])")
                .param("a", script).param("b", flow).param("c", netes).param("alias", new String[] {stem + "8s"})
                .update();
        jobs.job("One").skills(flow, script).insert();
        jobs.job("Two").skills(flow, script).insert();
        jobs.job("Three").skills(flow, fromJobsOnly).insert();
        jobs.job("Closed").skills(script, script + "x").closed().insert();
        frequencies.refresh();

        assertThat(names(suggest(stem))).as("prefix, by open jobs")
                .startsWith(flow, script).contains(netes, fromJobsOnly);
        Http.Response typo = suggest(stem + "scrpit");
        assertThat(names(typo).getFirst()).isEqualTo(script);
        assertThat(typo.json().get("items").get(0).get("openJobs").asLong()).isEqualTo(2);
        assertThat(typo.json().get("items").get(0).get("category").asString()).isEqualTo("language");
        assertThat(names(suggest(stem + "8s")).getFirst()).as("alias").isEqualTo(netes);
        assertThat(names(suggest(fromJobsOnly.toLowerCase())).getFirst()).isEqualTo(fromJobsOnly);
        assertThat(names(suggest(randomLetters(7)))).doesNotContain(flow, script, netes, fromJobsOnly);
    }

    private Http.Response suggest(String typed) {
        Http.Response response = get("/api/skills/suggest", h -> { }, "q", typed);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    private static List<String> names(Http.Response response) {
        return response.json().get("items").findValuesAsString("name");
    }

    private static String randomLetters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
