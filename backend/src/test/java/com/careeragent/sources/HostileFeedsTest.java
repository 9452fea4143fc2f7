package com.careeragent.sources;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Broken, slow, rate-limited and malicious sites: each ends in a logged result, nothing lost, never a 500. */
class HostileFeedsTest extends SourcesApiTest {

    private static final byte[] SMALL = SharedFixtures.resource("small-remoteok.json");

    @Test
    void scriptsHandlersIframesStylesAndJavascriptLinksNeverReachTheDatabase() {
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SharedFixtures.resource("hostile-remoteok.json")));
        JsonNode run = refresh("remoteok");
        // ids 501 (number), "502", 503.0 (blank title: invalid), "504" twice; an object id is no id.
        assertCounts(source(run, "remoteok"), 5, 3, 0, 1, 1, 0);

        Map<String, Object> numeric = job("remoteok", "501");
        assertThat(numeric.get("title")).isEqualTo("Platform Engineer");
        assertThat(numeric.get("apply_url")).as("a javascript: apply link is dropped for the posting's own URL")
                .isEqualTo("https://remoteok.com/remote-jobs/501");
        assertThat(numeric.get("salary_min")).isNull();
        assertThat(skills("remoteok", "501")).contains("Kubernetes");
        String html = numeric.get("description_html").toString();
        assertThat(html).contains("<b>things</b>").contains("https://example.com/about")
                .doesNotContain("<script").doesNotContain("onclick").doesNotContain("<iframe")
                .doesNotContain("javascript:").doesNotContain("<style").doesNotContain("<img").doesNotContain("onerror");
        assertThat(numeric.get("description_text").toString()).doesNotContain("alert");

        Map<String, Object> text = job("remoteok", "502");
        assertThat(text.get("apply_url")).isEqualTo("https://jobs.example.com/apply/502?id=502");
        assertThat(text.get("description_text")).isEqualTo("Café & data pipelines with a NUL.");
        assertThat(job("remoteok", "504").get("description_text")).isEqualTo("second copy");
    }

    @Test
    void htmlChallengeAndTruncatedJsonAreFailuresThatCloseNothing() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL));
        refreshAs(token, "remoteok");

        sites.script(REMOTEOK, FakeJobSites.Reply.of(200, "text/html",
                "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser "
                        + "before accessing. Cloudflare Ray ID</body></html>"));
        JsonNode challenge = refreshAs(token, "remoteok");
        assertThat(challenge.get("status").asString()).isEqualTo("failed");
        assertThat(source(challenge, "remoteok").get("error").asString())
                .isEqualTo("expected JSON but received an HTML page (a Cloudflare challenge)");

        sites.script(REMOTEOK, FakeJobSites.Reply.json(Arrays.copyOf(SMALL, SMALL.length / 2)));
        JsonNode truncated = refreshAs(token, "remoteok");
        assertThat(source(truncated, "remoteok").get("error").asString()).startsWith("response is not valid JSON");
        assertCounts(source(truncated, "remoteok"), 0, 0, 0, 0, 0, 0);

        assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE status = 'open' AND missed_runs = 0")
                .query(Integer.class).single()).as("two failed runs in a row close nothing").isEqualTo(3);
    }

    @Test
    void rateLimitIsWaitedOutAsRetryAfterSays() {
        sites.script(REMOTEOK, FakeJobSites.Reply.of(429, "application/json", "{\"error\":\"slow down\"}")
                .withHeader("Retry-After", "1"), FakeJobSites.Reply.json(SMALL));
        JsonNode run = refresh("remoteok");
        assertThat(run.get("status").asString()).isEqualTo("completed");
        assertCounts(source(run, "remoteok"), 3, 3, 0, 0, 0, 0);
        assertThat(sites.requests(REMOTEOK)).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedThenReported() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.of(503, "text/plain", "busy"), FakeJobSites.Reply.json(SMALL));
        assertThat(refreshAs(token, "remoteok").get("status").asString()).isEqualTo("completed");

        sites.script(REMOTEOK, FakeJobSites.Reply.of(500, "application/json", "{\"message\":\"Internal server error\"}"));
        JsonNode failed = refreshAs(token, "remoteok");
        assertThat(source(failed, "remoteok").get("error").asString()).isEqualTo("HTTP 500 from 127.0.0.1 after retries");
        assertThat(sites.requests(REMOTEOK)).as("max-attempts is 3 in tests").isEqualTo(3);
        assertThat(jobCount("remoteok")).isEqualTo(3);
    }

    @Test
    void slowResponsesPastTheTimeoutFail() {
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL).delayed(2500));
        JsonNode run = refresh("remoteok");
        assertThat(run.get("status").asString()).isEqualTo("failed");
        assertThat(source(run, "remoteok").get("error").asString()).startsWith("timed out after 1 s (3 attempts)");
    }

    @Test
    void oneFailingSourceNeverStopsTheOthers() {
        sites.script(REMOTEOK, FakeJobSites.Reply.of(500, "text/plain", "down"));
        sites.script(WWR, FakeJobSites.Reply.of(200, "application/rss+xml",
                new String(SharedFixtures.resource("wwr.rss"), StandardCharsets.UTF_8)));
        JsonNode run = refresh("remoteok", "wwr");
        assertThat(run.get("status").asString()).isEqualTo("partial");
        assertThat(source(run, "remoteok").get("status").asString()).isEqualTo("failed");
        JsonNode wwr = source(run, "wwr");
        assertThat(wwr.get("status").asString()).isEqualTo("completed");
        assertCounts(wwr, 2, 2, 0, 0, 0, 0);
        Map<String, Object> rust = job("wwr", "https://weworkremotely.com/remote-jobs/acme-corp-senior-rust-engineer");
        assertThat(rust.get("company")).isEqualTo("Acme Corp");
        assertThat(rust.get("title")).isEqualTo("Senior Rust Engineer");
        assertThat(rust.get("description_html")).isEqualTo("<p>Write <strong>Rust</strong>.</p>");
        assertThat(rust.get("employment_type")).isEqualTo("full_time");
        assertThat(job("wwr", "https://weworkremotely.com/remote-jobs/beta-llc-contract-qa-tester")
                .get("employment_type")).isEqualTo("contract");
    }

    @Test
    void aResponsePastTheSizeCapFailsItsSourceOnly() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL));
        refreshAs(token, "remoteok");

        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        huge[huge.length - 1] = ']';
        sites.script(REMOTEOK, FakeJobSites.Reply.json(huge));
        sites.script(WWR, FakeJobSites.Reply.of(200, "application/rss+xml",
                new String(SharedFixtures.resource("wwr.rss"), StandardCharsets.UTF_8)));
        JsonNode run = refreshAs(token, "remoteok", "wwr");
        assertThat(run.get("status").asString()).isEqualTo("partial");
        JsonNode remoteok = source(run, "remoteok");
        assertThat(remoteok.get("status").asString()).isEqualTo("failed");
        assertThat(remoteok.get("error").asString()).isEqualTo("response larger than 2 MB from 127.0.0.1");
        assertThat(sites.requests(REMOTEOK)).as("a too-large answer is not retried").isEqualTo(1);
        assertCounts(source(run, "wwr"), 2, 2, 0, 0, 0, 0);
        assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE source = 'remoteok' AND status = 'open' AND missed_runs = 0")
                .query(Integer.class).single()).as("the failed fetch closes nothing").isEqualTo(3);
    }
}
