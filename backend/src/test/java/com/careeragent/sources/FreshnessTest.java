package com.careeragent.sources;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.careeragent.jobs.JobsIngested;
import com.careeragent.jobs.SourceName;

import static org.assertj.core.api.Assertions.assertThat;

/** First/last seen, closing after two complete fetches without the posting, reopening, and the events. */
class FreshnessTest extends SourcesApiTest {

    private static String feed(int... ids) {
        StringBuilder json = new StringBuilder("[{\"legal\":\"terms\"}");
        for (int id : ids) {
            json.append(",{\"id\":\"").append(id).append("\",\"position\":\"Engineer ").append(id)
                    .append("\",\"company\":\"Company ").append(id).append("\",\"url\":\"https://remoteok.com/remote-jobs/")
                    .append(id).append("\",\"description\":\"Job number ").append(id).append("\"}");
        }
        return json.append(']').toString();
    }

    private JsonNode run(String token, String feed) {
        sites.script(REMOTEOK, FakeJobSites.Reply.json(feed));
        return source(refreshAs(token, "remoteok"), "remoteok");
    }

    @Test
    void aPostingMissingFromTwoCompleteFetchesIsClosedAndReopensWhenItComesBack() {
        String token = signUp();
        assertCounts(run(token, feed(1, 2, 3)), 3, 3, 0, 0, 0, 0);
        long third = (Long) job("remoteok", "3").get("id");

        assertCounts(run(token, feed(1, 2)), 2, 0, 0, 2, 0, 0);
        assertThat(job("remoteok", "3")).containsEntry("status", "open").containsEntry("missed_runs", 1);

        events.clear();
        assertCounts(run(token, feed(1, 2)), 2, 0, 0, 2, 0, 1);
        Map<String, Object> closed = job("remoteok", "3");
        assertThat(closed.get("status")).isEqualTo("closed");
        assertThat(closed.get("closed_at")).isNotNull();
        assertThat(events.all()).extracting(JobsIngested::closedIds).containsExactly(List.of(third));

        events.clear();
        assertCounts(run(token, feed(1, 2, 3)), 3, 0, 1, 2, 0, 0);
        assertThat(job("remoteok", "3")).containsEntry("status", "open").containsEntry("missed_runs", 0);
        assertThat(job("remoteok", "3").get("closed_at")).isNull();
        assertThat(events.all()).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(SourceName.REMOTEOK);
            assertThat(e.updatedIds()).containsExactly(third);
            assertThat(e.createdIds()).isEmpty();
        });
    }

    @Test
    void emptyFeedsAndSearchStyleFeedsNeverCloseAnything() {
        String token = signUp();
        run(token, feed(1, 2));
        assertCounts(run(token, feed()), 0, 0, 0, 0, 0, 0);
        assertCounts(run(token, feed()), 0, 0, 0, 0, 0, 0);

        sites.script(REMOTIVE, FakeJobSites.Reply.json("{\"jobs\":[{\"id\":7,\"title\":\"A\",\"company_name\":\"B\"},"
                + "{\"id\":8,\"title\":\"C\",\"company_name\":\"D\"}]}"));
        refreshAs(token, "remotive");
        sites.script(REMOTIVE, FakeJobSites.Reply.json("{\"jobs\":[{\"id\":7,\"title\":\"A\",\"company_name\":\"B\"}]}"));
        refreshAs(token, "remotive");
        refreshAs(token, "remotive");
        assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE status = 'closed'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE missed_runs > 0").query(Integer.class).single()).isZero();
    }

    @Test
    void changedContentIsUpdatedAndLastSeenMovesWithoutRewritingUnchangedRows() {
        String token = signUp();
        run(token, feed(1, 2));
        jdbc.sql("UPDATE jobs SET last_seen_at = now() - interval '2 hours', first_seen_at = now() - interval '3 days'")
                .update();
        Map<String, Object> before = job("remoteok", "1");

        String changed = feed(1, 2).replace("Job number 2", "Job number 2, now with Kotlin");
        assertCounts(run(token, changed), 2, 0, 1, 1, 0, 0);

        Map<String, Object> unchanged = job("remoteok", "1");
        assertThat(unchanged.get("updated_at")).isEqualTo(before.get("updated_at"));
        assertThat(unchanged.get("first_seen_at")).isEqualTo(before.get("first_seen_at"));
        assertThat((Timestamp) unchanged.get("last_seen_at")).isAfter((Timestamp) before.get("last_seen_at"));
        Map<String, Object> updated = job("remoteok", "2");
        assertThat(updated.get("description_text")).isEqualTo("Job number 2, now with Kotlin");
        assertThat((Timestamp) updated.get("updated_at")).isAfter((Timestamp) before.get("updated_at"));
    }
}
