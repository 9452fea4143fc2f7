package com.careeragent.sources;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Remotive, Arbeitnow and We Work Remotely recordings. */
class FeedSourcesReplayTest extends SourcesApiTest {

    @Test
    void remotiveTrimmedFeedWithFreeTextSalaryAndNoisyTags() {
        sites.script(REMOTIVE, FakeJobSites.Reply.json(SharedFixtures.read("remotive/job-hunt-template-trimmed.json")));
        JsonNode run = refresh("remotive");
        assertCounts(source(run, "remotive"), 2, 2, 0, 0, 0, 0);
        Map<String, Object> staff = job("remotive", "2091056");
        assertThat(staff.get("salary_min")).isEqualTo(80000);
        assertThat(staff.get("salary_max")).isEqualTo(100000);
        assertThat(staff.get("salary_currency")).isEqualTo("USD");
        assertThat(staff.get("seniority")).isEqualTo("staff");
        assertThat(job("remotive", "2091067").get("salary_min")).isNull();
        assertThat(skills("remotive", "2091067")).contains("Kubernetes", "TypeScript", "Terraform");
        assertThat(job("remotive", "2091067").get("posted_at"))
                .isEqualTo(Timestamp.from(Instant.parse("2026-07-14T14:14:46Z")));
        assertThat(jdbc.sql("SELECT count(*) FROM jobs, unnest(tags) t WHERE t <> btrim(t)").query(Integer.class).single())
                .isZero();
    }

    @Test
    void remotiveFeedWithEnvelope() {
        sites.script(REMOTIVE, FakeJobSites.Reply.json(SharedFixtures.read("remotive/remote-jobs-digest-sanitized.json")));
        JsonNode run = refresh("remotive");
        assertCounts(source(run, "remotive"), 3, 3, 0, 0, 0, 0);
        Map<String, Object> contract = job("remotive", "2091140");
        assertThat(contract.get("salary_min")).isEqualTo(80000);
        assertThat(contract.get("salary_max")).isEqualTo(150000);
        assertThat(contract.get("employment_type")).isEqualTo("contract");
        assertThat(job("remotive", "2091144").get("employment_type")).isEqualTo("part_time");
    }

    @Test
    void arbeitnowRecordedPage() {
        JsonNode cases = JsonMapper.builder().build().readTree(SharedFixtures.read("arbeitnow/atlas-ops-cases.json"));
        sites.script(arbeitnowPage(1), FakeJobSites.Reply.json(cases.at("/cases/normal/body").toString()));
        JsonNode run = refresh("arbeitnow");
        assertCounts(source(run, "arbeitnow"), 1, 1, 0, 0, 0, 0);
        Map<String, Object> job = job("arbeitnow", "remote-data-scientist-product-analytics-431439");
        assertThat(job.get("company")).isEqualTo("ElevenLabs");
        assertThat(job.get("remote")).isEqualTo(true);
        assertThat(job.get("employment_type")).isEqualTo("full_time");
        assertThat(job.get("posted_at")).isEqualTo(Timestamp.from(Instant.ofEpochSecond(1791243604L)));
    }

    @Test
    void arbeitnowRecordedHostileCasesEndInLoggedFailures() {
        JsonNode cases = JsonMapper.builder().build().readTree(SharedFixtures.read("arbeitnow/atlas-ops-cases.json"));
        String token = signUp();
        sites.script(arbeitnowPage(1), FakeJobSites.Reply.of(200, "text/html", cases.at("/cases/malformed/body").asString()));
        JsonNode html = source(refreshAs(token, "arbeitnow"), "arbeitnow");
        assertThat(html.get("status").asString()).isEqualTo("failed");
        assertThat(html.get("error").asString()).contains("expected JSON but received an HTML page");

        sites.script(arbeitnowPage(1), FakeJobSites.Reply.of(429, "application/json", cases.at("/cases/http_429/body").toString())
                .withHeader("Retry-After", "60"));
        JsonNode limited = source(refreshAs(token, "arbeitnow"), "arbeitnow");
        assertThat(limited.get("error").asString()).contains("HTTP 429").contains("Retry-After 60");
        assertThat(sites.requests(arbeitnowPage(1))).as("a Retry-After beyond the budget is not waited for").isEqualTo(1);

        sites.script(arbeitnowPage(1), FakeJobSites.Reply.json(cases.at("/cases/empty/body").toString()));
        assertCounts(source(refreshAs(token, "arbeitnow"), "arbeitnow"), 0, 0, 0, 0, 0, 0);
    }

    @Test
    void weWorkRemotelyMalformedFeedFailsGracefully() {
        sites.script(WWR, FakeJobSites.Reply.of(200, "application/rss+xml", new String(
                SharedFixtures.read("weworkremotely/job-hunt-template-devops-trimmed-MALFORMED.rss"),
                java.nio.charset.StandardCharsets.UTF_8)));
        JsonNode run = refresh("wwr");
        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(source(run, "wwr").get("error").asString()).contains("not well-formed RSS");
        assertThat(jobCount("wwr")).isZero();
    }
}
