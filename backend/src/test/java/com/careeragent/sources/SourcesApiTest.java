package com.careeragent.sources;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full-app tests of ingestion: every source points at {@link FakeJobSites}; timeouts and backoff are short so
 * hostile sites fail fast. Each test starts from empty jobs, runs and watchlist tables.
 */
@Import(IngestedEvents.class)
public abstract class SourcesApiTest extends ApiTest {

    protected static final FakeJobSites sites = FakeJobSites.get();
    protected static final String REMOTEOK = "/remoteok/api";
    protected static final String REMOTIVE = "/remotive/api/remote-jobs";
    protected static final String ARBEITNOW = "/arbeitnow/api/job-board-api";
    protected static final String WWR = "/wwr/remote-jobs.rss";

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected IngestedEvents events;

    @DynamicPropertySource
    static void pointSourcesAtFakeSites(DynamicPropertyRegistry registry) {
        registry.add("career-agent.sources.remoteok.url", () -> sites.url(REMOTEOK));
        registry.add("career-agent.sources.greenhouse.url", () -> sites.url("/greenhouse/v1/boards"));
        registry.add("career-agent.sources.lever.url", () -> sites.url("/lever/v0/postings"));
        registry.add("career-agent.sources.ashby.url", () -> sites.url("/ashby/posting-api/job-board"));
        registry.add("career-agent.sources.remotive.url", () -> sites.url(REMOTIVE));
        registry.add("career-agent.sources.arbeitnow.url", () -> sites.url(ARBEITNOW));
        registry.add("career-agent.sources.arbeitnow.max-pages", () -> "2");
        registry.add("career-agent.sources.wwr.url", () -> sites.url(WWR));
        registry.add("career-agent.sources.wwr.enabled", () -> "true");
        registry.add("career-agent.sources.request-timeout", () -> "1s");
        registry.add("career-agent.sources.source-budget", () -> "8s");
        registry.add("career-agent.sources.retry.max-attempts", () -> "3");
        registry.add("career-agent.sources.retry.initial-backoff", () -> "50ms");
        registry.add("career-agent.sources.retry.max-backoff", () -> "200ms");
        // above the largest real fixture (RemoteOK, 680 kB), far below the 32 MB default, so tests stay light
        registry.add("career-agent.sources.max-response-size", () -> "2MB");
    }

    @BeforeEach
    void emptyIngestionTables() {
        sites.reset();
        events.clear();
        // Ingestion re-scores everyone in match_runs (users of other test classes in this shared database).
        // That asynchronous matching writes matches for the jobs the next test deletes here, and the delete's
        // cascade into matches can deadlock with it; nobody here needs matches, so nobody is re-scored.
        jdbc.sql("DELETE FROM match_runs").update();
        jdbc.sql("DELETE FROM matches").update();
        jdbc.sql("DELETE FROM scrape_runs").update();
        jdbc.sql("DELETE FROM source_boards").update();
        jdbc.sql("DELETE FROM jobs").update();
    }

    protected static String greenhouse(String token) {
        return "/greenhouse/v1/boards/" + token + "/jobs?content=true";
    }

    protected static String lever(String site) {
        return "/lever/v0/postings/" + site + "?mode=json";
    }

    protected static String ashby(String board) {
        return "/ashby/posting-api/job-board/" + board + "?includeCompensation=true";
    }

    protected static String arbeitnowPage(int page) {
        return ARBEITNOW + "?page=" + page;
    }

    protected void watch(String provider, String token) {
        jdbc.sql("INSERT INTO source_boards (provider, token) VALUES (?, ?)").params(provider, token).update();
    }

    /** Starts a refresh of the given sources and waits until it has finished; returns the run report. */
    protected JsonNode refreshAs(String token, String... sources) {
        Http.Response started = http.post("/api/jobs/refresh", token, Map.of("sources", sources));
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        return awaitRun(token, started.json().get("runId").asString());
    }

    protected JsonNode refresh(String... sources) {
        return refreshAs(signUp(), sources);
    }

    protected JsonNode awaitRun(String token, String runId) {
        return await("run " + runId + " finished").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Http.Response run = http.get("/api/jobs/refresh/" + runId, token);
                    assertThat(run.status()).as(run.text()).isEqualTo(200);
                    return run.json();
                }, run -> !"running".equals(run.get("status").asString()));
    }

    protected static JsonNode source(JsonNode run, String name) {
        for (JsonNode source : run.get("sources")) {
            if (name.equals(source.get("source").asString())) {
                return source;
            }
        }
        throw new AssertionError("no source " + name + " in " + run);
    }

    /** Asserts found, created, updated, unchanged, invalid, closed in this order. */
    protected static void assertCounts(JsonNode source, int... expected) {
        int[] actual = {source.get("found").asInt(), source.get("created").asInt(), source.get("updated").asInt(),
                source.get("unchanged").asInt(), source.get("invalid").asInt(), source.get("closed").asInt()};
        assertThat(actual).as("found, created, updated, unchanged, invalid, closed of " + source).containsExactly(expected);
    }

    protected int jobCount(String source) {
        return jdbc.sql("SELECT count(*) FROM jobs WHERE source = ?").param(source).query(Integer.class).single();
    }

    protected Map<String, Object> job(String source, String sourceId) {
        return jdbc.sql("SELECT * FROM jobs WHERE source = ? AND source_id = ?").params(source, sourceId)
                .query().singleRow();
    }

    protected List<String> skills(String source, String sourceId) {
        return jdbc.sql("SELECT unnest(skills) FROM jobs WHERE source = ? AND source_id = ?").params(source, sourceId)
                .query(String.class).list();
    }
}
