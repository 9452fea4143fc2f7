package com.careeragent.matching.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.auth.UserId;
import com.careeragent.jobs.JobDirectory;
import com.careeragent.jobs.JobSummary;
import com.careeragent.matching.scoring.FactorResult;
import com.careeragent.shared.web.ApiProblem;

/**
 * A person's matches as the API shows them: ranked pages, single matches, status changes with their
 * history. Every query is scoped to the signed-in user, so someone else's match id is simply not found.
 */
@Component
class MatchBoard {

    private static final TypeReference<List<FactorResult>> FACTORS = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT m.id, m.job_id, m.score, m.factors::text AS factors, m.missing_skills, m.status, m.notes,
                   m.next_action_at, m.created_at, m.updated_at
            FROM matches m JOIN jobs j ON j.id = m.job_id
            """;
    // untouched matches of closed jobs are not shown; the ones someone tracks stay on their board
    private static final String VISIBLE = " (j.status = 'open' OR m.status <> 'new') ";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final JobDirectory jobs;

    MatchBoard(JdbcClient jdbc, JsonMapper json, JobDirectory jobs) {
        this.jdbc = jdbc;
        this.json = json;
        this.jobs = jobs;
    }

    /** Row of {@code matches} before its job is attached. */
    private record Row(UUID id, long jobId, double score, List<FactorResult> factors, List<String> missing,
            String status, String notes, Instant nextActionAt, Instant createdAt, Instant updatedAt) {
    }

    MatchViews.Page page(UserId user, double minScore, MatchStatus status, int page, int size) {
        String where = " WHERE m.user_id = :user AND m.score >= :min AND" + VISIBLE
                + (status == null ? "" : " AND m.status = :status");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("user", user.value(), "min", minScore));
        if (status != null) {
            params.put("status", status.value());
        }
        long total = jdbc.sql("SELECT count(*) FROM matches m JOIN jobs j ON j.id = m.job_id" + where).params(params)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql(SELECT + where + " ORDER BY m.score DESC, m.job_id DESC LIMIT :size OFFSET :offset")
                .params(params).param("size", size).param("offset", (long) page * size).query(this::row).list();
        return new MatchViews.Page(withJobs(rows), total, page, size);
    }

    MatchViews.Match get(UserId user, String id) {
        return withJobs(List.of(find(user, id))).getFirst();
    }

    /** Every match of the person (optionally of one status), for the CSV export; best first within a status. */
    List<MatchViews.Match> all(UserId user, MatchStatus status) {
        String where = " WHERE m.user_id = :user AND" + VISIBLE + (status == null ? "" : " AND m.status = :status");
        var spec = jdbc.sql(SELECT + where + " ORDER BY array_position(ARRAY['new','saved','applied','interviewing',"
                + "'offer','accepted','rejected','withdrawn'], m.status), m.score DESC").param("user", user.value());
        if (status != null) {
            spec = spec.param("status", status.value());
        }
        return withJobs(spec.query(this::row).list());
    }

    @Transactional
    MatchViews.Match update(UserId user, String id, MatchUpdate update) {
        Row current = find(user, id);
        MatchStatus from = MatchStatus.parse(current.status()).orElseThrow();
        MatchStatus to = update.status() == null ? from : update.status();
        if (!from.canMoveTo(to)) {
            throw ApiProblem.conflict("A match can't move from %s to %s.".formatted(from.value(), to.value()))
                    .with("from", from.value()).with("to", to.value());
        }
        String notes = update.notesSet() ? update.notes() : current.notes();
        Instant next = update.nextActionSet() ? update.nextActionAt() : current.nextActionAt();
        jdbc.sql("UPDATE matches SET status = ?, notes = ?, next_action_at = ?, updated_at = now() WHERE id = ?")
                .params(to.value(), notes, next == null ? null : Timestamp.from(next), current.id()).update();
        if (to != from) {
            jdbc.sql("INSERT INTO match_status_history (match_id, from_status, to_status) VALUES (?, ?, ?)")
                    .params(current.id(), from.value(), to.value()).update();
        }
        return get(user, id);
    }

    MatchViews.History history(UserId user, String id) {
        Row match = find(user, id);
        List<MatchViews.StatusChange> changes = new ArrayList<>();
        changes.add(new MatchViews.StatusChange(null, MatchStatus.NEW.value(), match.createdAt()));
        changes.addAll(jdbc.sql("SELECT from_status, to_status, changed_at FROM match_status_history WHERE match_id = ?"
                        + " ORDER BY changed_at, id")
                .param(match.id())
                .query((rs, n) -> new MatchViews.StatusChange(rs.getString("from_status"), rs.getString("to_status"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list());
        return new MatchViews.History(changes);
    }

    private Row find(UserId user, String id) {
        UUID matchId = parse(id).orElseThrow(() -> notFound(id));
        return jdbc.sql(SELECT + " WHERE m.id = ? AND m.user_id = ?").params(matchId, user.value()).query(this::row)
                .optional().orElseThrow(() -> notFound(id));
    }

    private List<MatchViews.Match> withJobs(List<Row> rows) {
        Map<Long, JobSummary> found = rows.isEmpty() ? Map.of() : jobs.findAll(rows.stream().map(Row::jobId).toList());
        return rows.stream().map(r -> new MatchViews.Match(r.id().toString(), found.get(r.jobId()), r.score(),
                r.factors(), r.missing(), r.status(), r.notes(), r.nextActionAt(), r.createdAt(), r.updatedAt())).toList();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_action_at");
        return new Row(rs.getObject("id", UUID.class), rs.getLong("job_id"), rs.getDouble("score"),
                json.readValue(rs.getString("factors"), FACTORS),
                List.of((String[]) rs.getArray("missing_skills").getArray()), rs.getString("status"),
                rs.getString("notes"), next == null ? null : next.toInstant(), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("No match " + id + ".");
    }
}
