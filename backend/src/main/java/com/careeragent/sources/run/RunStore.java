package com.careeragent.sources.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** SQL for {@code scrape_runs} and {@code scrape_logs}: one log row per source and run. */
@Component
class RunStore {

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a running run unless one is running already (the unique partial index decides, across
     * instances). A scheduled run is also skipped when another scheduled run started within {@code gap}.
     */
    Optional<UUID> tryStart(List<String> sources, UUID requestedBy, String trigger, Duration gap) {
        return jdbc.sql("""
                        INSERT INTO scrape_runs (status, requested_by, sources, trigger)
                        SELECT 'running', ?, ?, ?
                        WHERE NOT EXISTS (SELECT 1 FROM scrape_runs WHERE trigger = ? AND started_at > now() - ? * interval '1 millisecond')
                        ON CONFLICT DO NOTHING RETURNING id
                        """)
                .params(requestedBy, sources.toArray(String[]::new), trigger, trigger, gap.toMillis())
                .query(UUID.class).optional();
    }

    Optional<UUID> running() {
        return jdbc.sql("SELECT id FROM scrape_runs WHERE status = 'running'").query(UUID.class).optional();
    }

    void addSource(UUID runId, String source, int position, String status, String error) {
        jdbc.sql("""
                        INSERT INTO scrape_logs (run_id, source, position, status, error, finished_at)
                        VALUES (?, ?, ?, ?, ?, CASE WHEN ? = 'skipped' THEN now() END)
                        """)
                .params(runId, source, position, status, error, status).update();
    }

    void finishSource(UUID runId, String source, String status, SourceCounts counts, String error) {
        jdbc.sql("""
                        UPDATE scrape_logs SET status = ?, found = ?, created = ?, updated = ?, unchanged = ?,
                               invalid = ?, closed = ?, error = ?, finished_at = now()
                        WHERE run_id = ? AND source = ?
                        """)
                .params(status, counts.found(), counts.stored().created(), counts.stored().updated(),
                        counts.stored().unchanged(), counts.invalid(), counts.stored().closed(), error, runId, source)
                .update();
    }

    void finishRun(UUID runId, String status, String error) {
        jdbc.sql("UPDATE scrape_runs SET status = ?, error = ?, finished_at = now() WHERE id = ? AND status = 'running'")
                .params(status, error, runId).update();
    }

    void heartbeat(UUID runId) {
        jdbc.sql("UPDATE scrape_runs SET heartbeat_at = now() WHERE id = ? AND status = 'running'").param(runId).update();
    }

    /** Runs whose instance stopped beating are failed, with their unfinished sources. */
    int failStale(Duration staleAfter, String reason) {
        List<UUID> stale = jdbc.sql("""
                        UPDATE scrape_runs SET status = 'failed', error = ?, finished_at = now()
                        WHERE status = 'running' AND heartbeat_at < now() - ? * interval '1 millisecond'
                        RETURNING id
                        """).params(reason, staleAfter.toMillis()).query(UUID.class).list();
        failUnfinishedSources(stale, reason);
        return stale.size();
    }

    void failUnfinishedSources(List<UUID> runIds, String reason) {
        if (!runIds.isEmpty()) {
            jdbc.sql("""
                            UPDATE scrape_logs SET status = 'failed', error = ?, finished_at = now()
                            WHERE run_id = ANY(?::uuid[]) AND status = 'running'
                            """).params(reason, ids(runIds)).update();
        }
    }

    /** Fetches of a source that reached the site (completed or failed) since {@code since}. */
    int fetchesSince(String source, Instant since) {
        return jdbc.sql("""
                        SELECT count(*) FROM scrape_logs
                        WHERE source = ? AND status IN ('completed', 'failed') AND started_at > ?
                        """).params(source, Timestamp.from(since)).query(Integer.class).single();
    }

    Optional<RunReport> report(UUID runId) {
        return reports("WHERE r.id = ?", List.of(runId), 1).stream().findFirst();
    }

    List<RunReport> recent(int limit) {
        return reports("", List.of(), limit);
    }

    private List<RunReport> reports(String where, List<Object> params, int limit) {
        List<Object> all = new ArrayList<>(params);
        all.add(limit);
        Map<UUID, RunReport> runs = new LinkedHashMap<>();
        Map<UUID, List<RunReport.SourceReport>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.status, r.trigger, r.started_at, r.finished_at, r.error FROM scrape_runs r
                        %s ORDER BY r.started_at DESC, r.id LIMIT ?
                        """.formatted(where))
                .params(all)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    List<RunReport.SourceReport> list = new ArrayList<>();
                    sources.put(id, list);
                    return new RunReport(id, rs.getString("status"), rs.getString("trigger"), instant(rs, "started_at"),
                            instant(rs, "finished_at"), rs.getString("error"), list);
                }).list().forEach(r -> runs.put(r.runId(), r));
        if (!runs.isEmpty()) {
            jdbc.sql("SELECT * FROM scrape_logs WHERE run_id = ANY(?::uuid[]) ORDER BY position, source")
                    .param(ids(runs.keySet()))
                    .query((rs, n) -> {
                        sources.get(rs.getObject("run_id", UUID.class)).add(sourceReport(rs));
                        return 0;
                    }).list();
        }
        return List.copyOf(runs.values());
    }

    /** The latest log row of each source (for the Sources page). */
    Map<String, RunReport.SourceReport> latestPerSource() {
        Map<String, RunReport.SourceReport> latest = new LinkedHashMap<>();
        jdbc.sql("SELECT DISTINCT ON (source) * FROM scrape_logs ORDER BY source, started_at DESC, id DESC")
                .query((rs, n) -> sourceReport(rs)).list()
                .forEach(s -> latest.put(s.source(), s));
        return latest;
    }

    private static RunReport.SourceReport sourceReport(ResultSet rs) throws SQLException {
        return new RunReport.SourceReport(rs.getString("source"), rs.getString("status"), rs.getInt("found"),
                rs.getInt("created"), rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("invalid"),
                rs.getInt("closed"), rs.getString("error"), instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static String[] ids(java.util.Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
