package com.careeragent.sources;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;
import com.careeragent.support.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Killing the app mid-run (a real SIGKILL of a second instance in its own JVM, on the same PostgreSQL)
 * and refreshing again leaves no duplicates and loses no job. At the moment of the kill the dead
 * instance's run has one source stored (RemoteOK), one mid-fetch (Arbeitnow: the fake site holds the
 * response open) and one mid-store (Remotive: its upsert transaction has written rows and waits on a row
 * this test locks, so the kill lands inside the store, deterministically).
 */
class KilledInstanceTest extends SourcesApiTest {

    private static final byte[] REMOTEOK_FEED = SharedFixtures.resource("small-remoteok.json");
    private static final byte[] ARBEITNOW_FEED = SharedFixtures.resource("kill/arbeitnow.json");
    private static final byte[] REMOTIVE_BEFORE = SharedFixtures.resource("kill/remotive-before.json");
    /** Four new postings, then 9001 changed: the upsert inserts the four before it waits on 9001's lock. */
    private static final byte[] REMOTIVE_FEED = SharedFixtures.resource("kill/remotive.json");
    private static final Map<String, Integer> FEED_SIZES = Map.of("remoteok", 3, "arbeitnow", 4, "remotive", 5);

    @Autowired
    private DataSource dataSource;

    @Test
    void killingAnInstanceMidRunLeavesNoDuplicatesAndLosesNoJob() throws Exception {
        String token = signUp();
        sites.script(REMOTIVE, FakeJobSites.Reply.json(REMOTIVE_BEFORE));
        assertThat(refreshAs(token, "remotive").get("status").asString()).isEqualTo("completed");
        Map<String, Object> lockedBefore = job("remotive", "9001");

        sites.script(REMOTEOK, FakeJobSites.Reply.json(REMOTEOK_FEED));
        sites.script(arbeitnowPage(1), FakeJobSites.Reply.json(ARBEITNOW_FEED));
        sites.script(REMOTIVE, FakeJobSites.Reply.json(REMOTIVE_FEED));
        CountDownLatch arbeitnowAnswers = new CountDownLatch(1);
        CountDownLatch remotiveAnswers = new CountDownLatch(1);
        sites.hold(arbeitnowPage(1), arbeitnowAnswers);
        sites.hold(REMOTIVE, remotiveAnswers);

        String deadRun;
        try (SecondInstance other = SecondInstance.start("killed-mid-run", sourcesAtFakeSites(),
                // long enough that the held fetch is still in flight when the kill comes, however slow the machine
                "--career-agent.sources.request-timeout=3m", "--career-agent.sources.source-budget=5m");
             Connection locker = dataSource.getConnection()) {
            Http otherHttp = other.http();
            String otherToken = signUpAt(otherHttp);
            Http.Response started = otherHttp.post("/api/jobs/refresh", otherToken,
                    Map.of("sources", List.of("remoteok", "arbeitnow", "remotive")));
            assertThat(started.status()).as(started.text()).isEqualTo(202);
            deadRun = started.json().get("runId").asString();

            await("RemoteOK stored by the other instance", other,
                    () -> "completed".equals(sourceStatus(otherHttp, otherToken, deadRun, "remoteok")));
            await("both held fetches under way", other,
                    () -> sites.requests(arbeitnowPage(1)) == 1 && sites.requests(REMOTIVE) == 1);

            // Lock the posting Remotive's upsert will update last, then let Remotive answer: the other instance
            // inserts the new postings in its store transaction and waits for this lock.
            locker.setAutoCommit(false);
            int lockerPid = lockRow(locker);
            remotiveAnswers.countDown();
            await("the other instance's store waiting on the locked row", other, () -> blockedBy(lockerPid),
                    this::activity);
            assertThat(uncommittedRowOf("9002")).as("the store has written 9002, not committed").isTrue();

            other.kill();
            locker.rollback();
        } finally {
            arbeitnowAnswers.countDown();
            remotiveAnswers.countDown();
        }

        assertThat(jobCount("remoteok")).as("stored by the dead instance before it died").isEqualTo(3);
        assertThat(jobCount("arbeitnow")).isZero();
        assertThat(jobCount("remotive")).as("the killed store transaction committed nothing").isEqualTo(1);
        List<Map<String, Object>> keptRemoteOk = firstSeen("remoteok");
        assertThat(jdbc.sql("SELECT status FROM scrape_runs WHERE id = ?::uuid").param(deadRun).query(String.class).single())
                .as("nobody could tell the instance died").isEqualTo("running");
        // Stands in for waiting stale-run-after (3 min) without a heartbeat: the dead instance beats no more,
        // so ageing its last beat is exactly what the clock would do.
        jdbc.sql("UPDATE scrape_runs SET heartbeat_at = now() - interval '1 hour' WHERE id = ?::uuid")
                .param(deadRun).update();

        sites.reset();
        sites.script(REMOTEOK, FakeJobSites.Reply.json(REMOTEOK_FEED));
        sites.script(arbeitnowPage(1), FakeJobSites.Reply.json(ARBEITNOW_FEED));
        sites.script(REMOTIVE, FakeJobSites.Reply.json(REMOTIVE_FEED));
        JsonNode next = refreshAs(token, "remoteok", "arbeitnow", "remotive");

        assertThat(next.get("runId").asString()).isNotEqualTo(deadRun);
        assertThat(next.get("status").asString()).as(next.toString()).isEqualTo("completed");
        assertCounts(source(next, "remoteok"), 3, 0, 0, 3, 0, 0);
        assertCounts(source(next, "arbeitnow"), 4, 4, 0, 0, 0, 0);
        assertCounts(source(next, "remotive"), 5, 4, 1, 0, 0, 0);

        JsonNode dead = http.get("/api/jobs/refresh/" + deadRun, token).json();
        assertThat(dead.get("status").asString()).isEqualTo("failed");
        assertThat(dead.get("error").asString()).startsWith("abandoned");
        assertThat(source(dead, "remoteok").get("status").asString()).isEqualTo("completed");
        assertThat(source(dead, "arbeitnow").get("status").asString()).isEqualTo("failed");
        assertThat(source(dead, "remotive").get("error").asString()).startsWith("abandoned");

        FEED_SIZES.forEach((source, size) -> assertThat(jdbc.sql(
                        "SELECT count(*) AS all_rows, count(DISTINCT (source, source_id)) AS distinct_ids FROM jobs WHERE source = ?")
                .param(source).query().singleRow()).as(source)
                .isEqualTo(Map.of("all_rows", (long) size, "distinct_ids", (long) size)));
        assertThat(jdbc.sql("SELECT count(*) FROM jobs").query(Long.class).single()).isEqualTo(12);
        assertThat(firstSeen("remoteok")).as("jobs stored by the dead instance keep ids and first-seen times")
                .isEqualTo(keptRemoteOk);
        Map<String, Object> lockedAfter = job("remotive", "9001");
        assertThat(lockedAfter.get("id")).isEqualTo(lockedBefore.get("id"));
        assertThat(lockedAfter.get("first_seen_at")).isEqualTo(lockedBefore.get("first_seen_at"));
        assertThat(lockedAfter.get("title")).isEqualTo("Senior Data Engineer");
    }

    private static Map<String, String> sourcesAtFakeSites() {
        return Map.of("CAREER_AGENT_SOURCES_REMOTEOK_URL", sites.url(REMOTEOK),
                "CAREER_AGENT_SOURCES_ARBEITNOW_URL", sites.url(ARBEITNOW),
                "CAREER_AGENT_SOURCES_REMOTIVE_URL", sites.url(REMOTIVE),
                "CAREER_AGENT_SOURCES_GREENHOUSE_URL", sites.url("/greenhouse/v1/boards"),
                "CAREER_AGENT_SOURCES_LEVER_URL", sites.url("/lever/v0/postings"),
                "CAREER_AGENT_SOURCES_ASHBY_URL", sites.url("/ashby/posting-api/job-board"),
                "CAREER_AGENT_SOURCES_WWR_URL", sites.url(WWR),
                "CAREER_AGENT_SOURCES_WWR_ENABLED", "false");
    }

    private static String signUpAt(Http other) {
        String email = uniqueEmail();
        Map<String, String> credentials = Map.of("email", email, "password", "correct horse battery");
        Http.Response created = other.post("/auth/register", null,
                Map.of("email", email, "password", "correct horse battery", "fullName", "Other Instance"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Http.Response login = other.post("/auth/login", null, credentials);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        return login.json().get("accessToken").asString();
    }

    private static String sourceStatus(Http other, String token, String runId, String name) {
        Http.Response run = other.get("/api/jobs/refresh/" + runId, token);
        return run.status() == 200 ? source(run.json(), name).get("status").asString() : null;
    }

    /** Takes the row lock of posting 9001 in an open transaction; returns the locking backend's pid. */
    private static int lockRow(Connection locker) throws SQLException {
        try (PreparedStatement lock = locker.prepareStatement(
                "SELECT pg_backend_pid() FROM jobs WHERE source = 'remotive' AND source_id = '9001' FOR UPDATE");
             ResultSet rs = lock.executeQuery()) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    /** Asked outside the locking transaction: pg_stat_activity is a snapshot taken once per transaction. */
    private boolean blockedBy(int lockerPid) {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY(pg_blocking_pids(pid)) AND query LIKE 'INSERT INTO jobs%'")
                .param(lockerPid).query(Integer.class).single() == 1;
    }

    private List<Map<String, Object>> firstSeen(String source) {
        return jdbc.sql("SELECT id, source_id, first_seen_at FROM jobs WHERE source = ? ORDER BY source_id")
                .param(source).query().listOfRows();
    }

    private static void await(String what, SecondInstance other, BooleanSupplier condition) {
        await(what, other, condition, () -> "");
    }

    /** What every database session is doing, for the message when the store never blocks. */
    /**
     * PostgreSQL has no dirty reads, but an insert of the same key waits for an uncommitted row's transaction:
     * a lock timeout proves the row is there, written and not committed.
     */
    private boolean uncommittedRowOf(String sourceId) throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            probe.setAutoCommit(false);
            try (PreparedStatement timeout = probe.prepareStatement("SET LOCAL lock_timeout = '500ms'");
                 PreparedStatement insert = probe.prepareStatement("""
                         INSERT INTO jobs (source, source_id, title, company, content_hash)
                         VALUES ('remotive', ?, 'probe', 'probe', 'probe') ON CONFLICT DO NOTHING""")) {
                timeout.execute();
                insert.setString(1, sourceId);
                insert.executeUpdate();
                return false;
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) {
                    return true;
                }
                throw e;
            } finally {
                probe.rollback();
            }
        }
    }

    private String activity() {
        return "sessions:\n" + String.join("\n", jdbc.sql("""
                SELECT pid || ' ' || state || ' ' || coalesce(wait_event, '-') || ' blocked by '
                       || pg_blocking_pids(pid)::text || ': ' || left(query, 80)
                FROM pg_stat_activity WHERE backend_type = 'client backend' AND state <> 'idle'""")
                .query(String.class).list());
    }

    private static void await(String what, SecondInstance other, BooleanSupplier condition,
                              Supplier<String> context) {
        Awaitility.await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .failFast(() -> assertThat(other.alive())
                        .as(() -> "the other instance died while waiting for " + what + "; " + other.logTail()).isTrue())
                .untilAsserted(() -> assertThat(condition.getAsBoolean())
                        .as("%s; %s%n%s", what, context.get(), other.logTail()).isTrue());
    }
}
