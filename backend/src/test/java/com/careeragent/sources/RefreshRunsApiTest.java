package com.careeragent.sources;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Refresh runs through the API: one at a time, visible at once, logged, recovered after a crash. */
class RefreshRunsApiTest extends SourcesApiTest {

    private static final byte[] SMALL = SharedFixtures.resource("small-remoteok.json");

    @Test
    void refreshingNeedsASignedInUserAndKnownLowercaseSourceNames() {
        assertThat(http.post("/api/jobs/refresh", null, Map.of()).status()).isEqualTo(401);
        String token = signUp();
        Http.Response unknown = http.post("/api/jobs/refresh", token, Map.of("sources", List.of("monster")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().get("detail").asString()).contains("monster").contains("remoteok");
        assertThat(http.post("/api/jobs/refresh", token, Map.of("sources", List.of("RemoteOK"))).status()).isEqualTo(400);
        assertThat(http.get("/api/jobs/refresh/not-a-run", token).status()).isEqualTo(404);
        assertThat(http.get("/api/jobs/refresh/8a6e0804-2bd0-4672-b79e-d5f2d4e1a0a0", token).status()).isEqualTo(404);
        assertThat(http.get("/api/scrape-logs?limit=0", token).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM scrape_runs").query(Integer.class).single()).isZero();
    }

    @Test
    void aRunExistsAsSoonAsTheRequestReturnsAndIsReusedWhileItRuns() throws Exception {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL).delayed(700));
        Callable<Http.Response> start = () -> http.post("/api/jobs/refresh", token, Map.of("sources", List.of("remoteok")));
        List<Future<Http.Response>> concurrent;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            concurrent = pool.invokeAll(List.of(start, start, start));
        }
        List<JsonNode> started = concurrent.stream().map(f -> f.resultNow().json()).toList();
        String runId = started.getFirst().get("runId").asString();
        assertThat(started).allSatisfy(s -> assertThat(s.get("runId").asString()).isEqualTo(runId));
        assertThat(started).filteredOn(s -> !s.get("reused").asBoolean()).hasSize(1);

        JsonNode running = http.get("/api/jobs/refresh/" + runId, token).json();
        assertThat(running.get("status").asString()).isEqualTo("running");
        assertThat(source(running, "remoteok").get("status").asString()).isEqualTo("running");
        assertThat(jdbc.sql("SELECT count(*) FROM scrape_runs WHERE status = 'running'").query(Integer.class).single())
                .isEqualTo(1);

        JsonNode done = awaitRun(token, runId);
        assertThat(done.get("status").asString()).isEqualTo("completed");
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertCounts(source(done, "remoteok"), 3, 3, 0, 0, 0, 0);
        assertThat(sites.requests(REMOTEOK)).isEqualTo(1);
    }

    @Test
    void everyRunAndSourceIsLoggedWithSkippedSourcesExplained() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL));
        refreshAs(token, "remoteok");
        JsonNode second = refreshAs(token, "greenhouse", "remoteok");
        assertThat(second.get("status").asString()).isEqualTo("completed");
        JsonNode greenhouse = source(second, "greenhouse");
        assertThat(greenhouse.get("status").asString()).isEqualTo("skipped");
        assertThat(greenhouse.get("error").asString()).isEqualTo("no boards on the watchlist");

        JsonNode logs = http.get("/api/scrape-logs?limit=5", token).json();
        assertThat(logs.get("items")).hasSize(2);
        JsonNode newest = logs.get("items").get(0);
        assertThat(newest.get("runId").asString()).isEqualTo(second.get("runId").asString());
        assertThat(newest.get("trigger").asString()).isEqualTo("manual");
        assertThat(newest.get("sources")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM scrape_logs").query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM scrape_runs WHERE trigger = 'scheduled'").query(Integer.class).single())
                .as("CAREER_AGENT_REFRESH_CRON=- starts nothing by itself").isZero();
    }

    @Test
    void remotiveIsFetchedAtMostFourTimesADay() {
        String token = signUp();
        sites.script(REMOTIVE, FakeJobSites.Reply.json("{\"jobs\":[]}"));
        for (int i = 0; i < 4; i++) {
            assertThat(source(refreshAs(token, "remotive"), "remotive").get("status").asString()).isEqualTo("completed");
        }
        JsonNode fifth = source(refreshAs(token, "remotive"), "remotive");
        assertThat(fifth.get("status").asString()).isEqualTo("skipped");
        assertThat(fifth.get("error").asString()).contains("4 fetches a day");
        assertThat(sites.requests(REMOTIVE)).isEqualTo(4);
    }

    /**
     * An instance died mid-run: its run is still "running" with a stale heartbeat and it had stored part of
     * the feed. The next refresh fails the abandoned run and stores the rest: no duplicates, nothing lost.
     */
    @Test
    void aRunAbandonedByADeadInstanceIsFailedAndTheNextRunCompletesTheJob() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json("""
                [{"id":"1","position":"Senior Java Developer","company":"Alpha","url":"https://remoteok.com/remote-jobs/1",
                  "description":"Java and Spring Boot."}]"""));
        refreshAs(token, "remoteok");
        String dead = jdbc.sql("""
                INSERT INTO scrape_runs (status, sources, started_at, heartbeat_at)
                VALUES ('running', '{remoteok}', now() - interval '20 minutes', now() - interval '19 minutes') RETURNING id
                """).query(String.class).single();
        jdbc.sql("INSERT INTO scrape_logs (run_id, source, status) VALUES (?::uuid, 'remoteok', 'running')")
                .param(dead).update();

        sites.script(REMOTEOK, FakeJobSites.Reply.json(SMALL));
        JsonNode next = refreshAs(token, "remoteok");
        assertThat(next.get("runId").asString()).isNotEqualTo(dead);
        assertCounts(source(next, "remoteok"), 3, 2, 0, 1, 0, 0);

        JsonNode abandoned = http.get("/api/jobs/refresh/" + dead, token).json();
        assertThat(abandoned.get("status").asString()).isEqualTo("failed");
        assertThat(abandoned.get("error").asString()).startsWith("abandoned");
        assertThat(source(abandoned, "remoteok").get("status").asString()).isEqualTo("failed");
        assertThat(jdbc.sql("SELECT count(*) AS all_rows, count(DISTINCT source_id) AS distinct_ids FROM jobs")
                .query().singleRow()).isEqualTo(Map.of("all_rows", 3L, "distinct_ids", 3L));
    }

    @Test
    void aRefreshWithoutABodyRunsEverySource() {
        String token = signUp();
        Http.Response started = http.post("/api/jobs/refresh", token, null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        JsonNode run = awaitRun(token, started.json().get("runId").asString());
        assertThat(run.get("sources")).hasSize(7);
        assertThat(source(run, "greenhouse").get("status").asString()).isEqualTo("skipped");
        assertThat(source(run, "remoteok").get("error").asString()).contains("HTTP 404");
    }

    @Test
    void theDatabaseAdmitsOneRunningRunAcrossInstances() {
        jdbc.sql("INSERT INTO scrape_runs (status) VALUES ('running')").update();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> jdbc.sql("INSERT INTO scrape_runs (status) VALUES ('running')").update())
                .hasMessageContaining("scrape_runs_one_running_key");
    }
}
