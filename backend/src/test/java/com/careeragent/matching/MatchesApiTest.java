package com.careeragent.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import com.careeragent.auth.UserId;
import com.careeragent.jobs.JobsIngested;
import com.careeragent.jobs.SourceName;
import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

class MatchesApiTest extends ApiTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    MatchingFixtures fixtures;
    String token;
    UserId user;
    long backendJob;
    long dataJob;
    long salesJob;

    @BeforeEach
    void jobsAndAUserWithAProfile() {
        fixtures = new MatchingFixtures(jdbc);
        backendJob = fixtures.job("Senior Elixir Backend Engineer", "Acme", List.of("Elixir", "Phoenix", "PostgreSQL"),
                "Requirements: 5+ years of Elixir and Phoenix, PostgreSQL. Nice to have: Kafka.", true, null);
        dataJob = fixtures.job("Data Engineer", "Globex", List.of("Elixir", "Spark", "Airflow", "Scala"),
                "Requirements: Spark, Airflow, Scala; some Elixir.", true, null);
        salesJob = fixtures.job("Account Executive", "Initech", List.of("Salesforce"),
                "Requirements: 3 years of SaaS sales, Salesforce.", true, null);
        events.publishEvent(new JobsIngested(SourceName.REMOTEOK, "", List.of(backendJob, dataJob, salesJob), List.of(),
                List.of()));
        token = signUp();
        user = new UserId(UUID.fromString(http.get("/auth/me", token).json().get("id").asString()));
        profile(List.of("Backend Engineer"), List.of("Elixir", "Phoenix", "PostgreSQL"));
        // each saved skill triggers a recompute: wait for the one that saw all three
        awaitMatches(page -> item(page, backendJob) != null && item(page, backendJob).get("factors").get(0)
                .get("summary").asString().equals("3 of 3 required skills"));
    }

    /** Saves the profile through the profile API; matching recomputes on its own (ProfileUpdated). */
    private void profile(List<String> targetTitles, List<String> skills) {
        Http.Response saved = http.send(HttpMethod.PUT, "/api/profile", token, Map.of("targetTitles", targetTitles,
                "seniority", "senior", "yearsExperience", 6), h -> { });
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        for (JsonNode skill : http.get("/api/profile/skills", token).json()) {
            http.send(HttpMethod.DELETE, "/api/profile/skills?name=" + skill.get("name").asString(), token, null, h -> { });
        }
        for (String skill : skills) {
            assertThat(http.post("/api/profile/skills", token, Map.of("name", skill)).status()).isEqualTo(201);
        }
    }

    /** Matches are recomputed asynchronously after a profile change: wait (bounded) for the expected state. */
    private JsonNode awaitMatches(Predicate<JsonNode> expected) {
        return await("matches reach the expected state").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get("/api/matches?minScore=0&size=100", token).json(), expected::test);
    }

    private JsonNode item(JsonNode page, long jobId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("job").get("id").asString().equals(String.valueOf(jobId))) {
                return item;
            }
        }
        return null;
    }

    private Http.Response patch(String id, Object body) {
        return http.send(HttpMethod.PATCH, "/api/matches/" + id, token, body, h -> { });
    }

    @Test
    void rankedMatchesCarryTheJobTheFactorsAndTheSkillGaps() {
        Http.Response response = http.get("/api/matches?minScore=0&size=100", token);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        JsonNode backend = item(response.json(), backendJob);
        JsonNode data = item(response.json(), dataJob);
        assertThat(backend).isNotNull();
        assertThat(item(response.json(), salesJob)).as("below the stored minimum").isNull();
        assertThat(backend.get("score").asDouble()).isGreaterThan(90);
        assertThat(data == null || data.get("score").asDouble() < backend.get("score").asDouble()).isTrue();
        assertThat(backend.get("status").asString()).isEqualTo("new");
        assertThat(backend.get("job").get("title").asString()).startsWith("Senior Elixir Backend Engineer");
        assertThat(backend.get("job").get("company").asString()).isEqualTo("Acme");
        assertThat(backend.get("job").get("skills")).hasSize(3);
        assertThat(backend.get("factors")).hasSize(7);
        assertThat(backend.get("factors").get(2).get("name").asString()).isEqualTo("role");
        assertThat(backend.get("factors").get(2).get("summary").asString()).isEqualTo("Same kind of work: back-end development.");
        JsonNode skills = backend.get("factors").get(0);
        assertThat(skills.get("name").asString()).isEqualTo("skills");
        assertThat(skills.get("summary").asString()).isEqualTo("3 of 3 required skills");
        assertThat(skills.get("evidence").get(0).get("kind").asString()).isEqualTo("match");
        assertThat(skills.get("evidence").get(0).get("job").asString()).contains("5+ years of Elixir");
        assertThat(response.json().get("total").asLong()).isGreaterThanOrEqualTo(1);

        Http.Response strict = http.get("/api/matches?minScore=99.5", token);
        for (JsonNode item : strict.json().get("items")) {
            assertThat(item.get("score").asDouble()).isGreaterThanOrEqualTo(99.5);
        }
        Http.Response one = http.get("/api/matches/" + backend.get("id").asString(), token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("factors").get(1).get("evidence").get(0).get("text").asString())
                .isEqualTo("Shared title words: backend, engineer.");
    }

    @Test
    void aUserWithoutAProfileGetsAnEmptyList() {
        String other = signUp();
        Http.Response response = http.get("/api/matches", other);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
        assertThat(response.json().get("total").asLong()).isZero();
    }

    @Test
    void badParametersAreProblems() {
        for (String query : List.of("size=101", "size=0", "page=-1", "minScore=abc", "minScore=101", "status=maybe")) {
            Http.Response response = http.get("/api/matches?" + query, token);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(http.get("/api/matches", null).status()).isEqualTo(401);
    }

    @Test
    void anotherUsersMatchIsNotFound() {
        String id = item(http.get("/api/matches?minScore=0&size=100", token).json(), backendJob).get("id").asString();
        String stranger = signUp();
        assertThat(http.get("/api/matches/" + id, stranger).status()).isEqualTo(404);
        assertThat(http.get("/api/matches/" + id + "/history", stranger).status()).isEqualTo(404);
        assertThat(http.send(HttpMethod.PATCH, "/api/matches/" + id, stranger, Map.of("status", "saved"), h -> { })
                .status()).isEqualTo(404);
        assertThat(http.get("/api/matches/not-a-uuid", token).status()).isEqualTo(404);
        assertThat(http.get("/api/matches/" + id, token).json().get("status").asString()).isEqualTo("new");
    }

    @Test
    void statusMovesForwardOnlyAndEveryChangeIsKept() {
        String id = item(http.get("/api/matches?minScore=0&size=100", token).json(), backendJob).get("id").asString();

        Http.Response applied = patch(id, Map.of("status", "applied", "notes", "Sent CV", "nextActionAt", "2030-01-15"));
        assertThat(applied.status()).as(applied.text()).isEqualTo(200);
        assertThat(applied.json().get("status").asString()).isEqualTo("applied");
        assertThat(applied.json().get("notes").asString()).isEqualTo("Sent CV");
        assertThat(applied.json().get("nextActionAt").asString()).isEqualTo("2030-01-15T00:00:00Z");

        Http.Response back = patch(id, Map.of("status", "saved"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.json().get("detail").asString()).isEqualTo("A match can't move from applied to saved.");
        assertThat(patch(id, Map.of("status", "hired")).status()).isEqualTo(400);
        assertThat(patch(id, "[1]").status()).isEqualTo(400);
        assertThat(patch(id, Map.of("nextActionAt", "next tuesday")).status()).isEqualTo(400);

        assertThat(patch(id, Map.of("status", "interviewing")).status()).isEqualTo(200);
        assertThat(patch(id, Map.of("status", "rejected")).status()).isEqualTo(200);
        assertThat(patch(id, Map.of("status", "offer")).status()).isEqualTo(409);
        assertThat(patch(id, Map.of("status", "withdrawn")).status()).isEqualTo(409);
        Http.Response cleared = patch(id, "{\"notes\": null}");
        assertThat(cleared.json().get("notes").isNull()).isTrue();
        assertThat(cleared.json().get("nextActionAt").asString()).isEqualTo("2030-01-15T00:00:00Z");

        JsonNode history = http.get("/api/matches/" + id + "/history", token).json().get("items");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).get("from").isNull()).isTrue();
        assertThat(history.get(0).get("to").asString()).isEqualTo("new");
        assertThat(history.get(1).get("from").asString()).isEqualTo("new");
        assertThat(history.get(1).get("to").asString()).isEqualTo("applied");
        assertThat(history.get(3).get("to").asString()).isEqualTo("rejected");
        assertThat(history.get(3).get("changedAt").asString()).isNotBlank();
    }

    @Test
    void recomputingKeepsStatusAndNotesAndNeverDropsATrackedMatch() {
        String id = item(http.get("/api/matches?minScore=0&size=100", token).json(), backendJob).get("id").asString();
        patch(id, Map.of("status", "saved", "notes", "Ask about the stack"));

        profile(List.of("Account Executive"), List.of("Salesforce"));
        awaitMatches(page -> item(page, salesJob) != null && item(page, dataJob) == null
                && item(page, backendJob).get("score").asDouble() < 50);

        JsonNode saved = http.get("/api/matches/" + id, token).json();
        assertThat(saved.get("status").asString()).isEqualTo("saved");
        assertThat(saved.get("notes").asString()).isEqualTo("Ask about the stack");
        assertThat(saved.get("score").asDouble()).isLessThan(50);
        JsonNode page = http.get("/api/matches?minScore=0&size=100", token).json();
        assertThat(item(page, salesJob)).isNotNull();
        assertThat(item(page, dataJob)).as("untouched match below the minimum is gone").isNull();
        assertThat(http.get("/api/matches?status=saved&minScore=0", token).json().get("total").asLong()).isEqualTo(1);
    }

    @Test
    void ingestedJobsAreMatchedAndClosedOnesLeaveTheList() {
        long fresh = fixtures.job("Elixir Backend Engineer", "Hooli", List.of("Elixir", "PostgreSQL"),
                "Requirements: Elixir and PostgreSQL.", true, null);
        events.publishEvent(new JobsIngested(SourceName.REMOTEOK, "", List.of(fresh), List.of(), List.of()));
        awaitMatches(page -> item(page, fresh) != null);

        fixtures.close(fresh);
        events.publishEvent(new JobsIngested(SourceName.REMOTEOK, "", List.of(), List.of(), List.of(fresh)));
        awaitMatches(page -> item(page, fresh) == null);
    }

    @Test
    void thePipelineExportsAsCsv() {
        String id = item(http.get("/api/matches?minScore=0&size=100", token).json(), backendJob).get("id").asString();
        patch(id, Map.of("status", "applied", "notes", "Recruiter said: \"great fit\", call back\nnext week"));

        Http.Response csv = http.get("/api/matches/export.csv", token);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv");
        assertThat(csv.headers().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"matches.csv\"");
        String[] lines = csv.text().split("\r\n");
        assertThat(lines[0]).isEqualTo("match_id,status,score,title,company,location,remote,job_url,apply_url,"
                + "missing_skills,notes,next_action_at,found_at,updated_at");
        assertThat(csv.text()).contains(id + ",applied,")
                .contains(",\"Recruiter said: \"\"great fit\"\", call back\nnext week\",");
        Http.Response applied = http.get("/api/matches/export.csv?status=applied", token);
        assertThat(applied.text().split("\r\n")).hasSize(2);
    }

    @Test
    void anAnalysisExplainsTheEvidenceInProseIsCachedAndLeavesTheScoreAlone() {
        JsonNode match = item(http.get("/api/matches?minScore=0&size=100", token).json(), backendJob);
        String id = match.get("id").asString();

        Http.Response first = http.post("/api/matches/" + id + "/analysis", token, null);
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        JsonNode analysis = first.json();
        assertThat(analysis.get("source").asString()).isEqualTo("offline");
        assertThat(analysis.get("cached").asBoolean()).isFalse();
        assertThat(analysis.get("text").asString())
                .startsWith("\"" + match.get("job").get("title").asString() + "\" at Acme scores")
                .contains("Skills: 3 of 3 required skills.")
                .contains("You bring Elixir, Phoenix, PostgreSQL.");
        Http.Response second = http.post("/api/matches/" + id + "/analysis", token, null);
        assertThat(second.json().get("cached").asBoolean()).isTrue();
        assertThat(second.json().get("text").asString()).isEqualTo(analysis.get("text").asString());
        assertThat(http.get("/api/matches/" + id, token).json().get("score").asDouble())
                .isEqualTo(match.get("score").asDouble());
        assertThat(http.post("/api/matches/" + id + "/analysis", signUp(), null).status()).isEqualTo(404);
    }

    @Test
    void aDuplicateClusterIsMatchedOnce() {
        long first = fixtures.job("Elixir Platform Engineer", "Umbrella", List.of("Elixir", "Phoenix", "PostgreSQL"),
                "Requirements: Elixir, Phoenix and PostgreSQL.", true, null);
        long repost = fixtures.job("Elixir Platform Engineer", "Umbrella", List.of("Elixir", "Phoenix", "PostgreSQL"),
                "Requirements: Elixir, Phoenix and PostgreSQL.", true, null);
        jdbc.sql("UPDATE jobs SET cluster_id = ? WHERE id IN (?, ?)").params(first, first, repost).update();
        events.publishEvent(new JobsIngested(SourceName.REMOTEOK, "", List.of(first, repost), List.of(), List.of()));

        JsonNode page = awaitMatches(p -> item(p, first) != null);
        assertThat(item(page, repost)).isNull();
    }
}
