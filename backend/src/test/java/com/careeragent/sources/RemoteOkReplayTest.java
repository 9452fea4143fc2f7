package com.careeragent.sources;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The two real RemoteOK recordings, replayed from a local server. */
class RemoteOkReplayTest extends SourcesApiTest {

    @Test
    void december2024FeedIsStoredCleanAndReplayingItWritesNothing() {
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SharedFixtures.read("remoteok/remoteok-2024-12-04.json")));
        String token = signUp();

        JsonNode first = refreshAs(token, "remoteok");
        assertThat(first.get("status").asString()).isEqualTo("completed");
        // 99 elements: a legal notice without id (not found), one job with neither title nor company (invalid).
        assertCounts(source(first, "remoteok"), 98, 97, 0, 0, 1, 0);
        assertThat(jobCount("remoteok")).isEqualTo(97);

        Map<String, Object> golang = job("remoteok", "1059249");
        assertThat(golang.get("title")).isEqualTo("Senior Backend Golang Engineer Mailgun Send");
        assertThat(golang.get("salary_min")).isEqualTo(70000);
        assertThat(golang.get("salary_max")).isEqualTo(110000);
        assertThat(golang.get("salary_currency")).isEqualTo("USD");
        assertThat(golang.get("salary_period")).isEqualTo("year");
        assertThat(golang.get("seniority")).isEqualTo("senior");
        assertThat(skills("remoteok", "1059249")).as("the tag golang is the skill Go").contains("Go");
        assertThat(golang.get("remote")).isEqualTo(true);
        assertThat(golang.get("url")).isEqualTo(
                "https://remoteok.com/remote-jobs/remote-senior-backend-golang-engineer-mailgun-send-mailgun-1059249");
        assertThat(golang.get("description_text").toString()).doesNotContain("Please mention the word")
                .doesNotContain("<br");

        Map<String, Object> undisclosed = job("remoteok", "1058875");
        assertThat(undisclosed.get("salary_min")).isNull();
        assertThat(undisclosed.get("salary_max")).isNull();
        assertThat(undisclosed.get("salary_currency")).isNull();

        assertThat(job("remoteok", "1059244").get("apply_url"))
                .isEqualTo("https://applicantai.com/jump/software-engineer/3439#apply");
        assertThat(job("remoteok", "1059237").get("company")).isEqualTo("1840 & Company");
        assertThat(job("remoteok", "1058101").get("description_text").toString()).contains("résumé");
        assertThat(job("remoteok", "1059236").get("description_text").toString()).contains("grown—we’ve excelled");

        assertThat(count("description_text LIKE '%Please mention the word%'")).isZero();
        assertThat(count("description_text ~ '(Ã[\u0080-\u00BF]|â€)'")).isZero();
        assertThat(count("description_text ~ '&(amp|nbsp|lt|gt|quot|#[0-9]+);'")).isZero();
        assertThat(count("description_html ~* '(style=|<script|<iframe|onclick|javascript:)'")).isZero();
        assertThat(count("url IS NULL OR apply_url IS NULL OR apply_url LIKE '%ref=remoteok%'")).isZero();
        assertThat(sites.userAgents()).allMatch(ua -> ua.startsWith("CareerAgent/0.1 (+https://github.com/career-agent"));

        Object updatedAt = golang.get("updated_at");
        JsonNode again = refreshAs(token, "remoteok");
        assertCounts(source(again, "remoteok"), 98, 0, 0, 97, 1, 0);
        assertThat(jobCount("remoteok")).isEqualTo(97);
        assertThat(job("remoteok", "1059249").get("updated_at")).isEqualTo(updatedAt);
    }

    @Test
    void august2025FeedIsStored() {
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SharedFixtures.read("remoteok/remoteok-2025-08-28.json")));
        JsonNode run = refresh("remoteok");
        assertCounts(source(run, "remoteok"), 97, 96, 0, 0, 1, 0);
        assertThat(count("description_text ~ '(Ã[\u0080-\u00BF]|â€)'")).isZero();
        // The same role twice in one feed: both rows are kept and linked as duplicates.
        assertThat(jdbc.sql("SELECT count(DISTINCT cluster_id) FROM jobs WHERE source_id IN ('1093885', '1093781')")
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(job("remoteok", "1093885").get("cluster_id")).isNotNull();
    }

    private int count(String where) {
        return jdbc.sql("SELECT count(*) FROM jobs WHERE source = 'remoteok' AND (" + where + ")")
                .query(Integer.class).single();
    }
}
