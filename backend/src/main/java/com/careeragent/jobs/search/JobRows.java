package com.careeragent.jobs.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.JobSummary;

/**
 * Phase two of a search, and the read model other modules use: the result items for a handful of ids,
 * with highlights for a text query and the other listings of each job's duplicate cluster.
 */
@Component
public class JobRows {

    static final String COLUMNS = """
            j.id, j.source, j.source_id, j.title, j.company, j.url, j.apply_url, j.skills, j.salary_min,
            j.salary_max, j.salary_currency, j.salary_period, j.remote, j.location, j.posted_at, j.status,
            j.seniority, j.employment_type, j.cluster_id""";
    private static final int MAX_ALSO_ON = 10;

    private final JdbcClient jdbc;
    private final SnippetMaker snippets;

    JobRows(JdbcClient jdbc, SnippetMaker snippets) {
        this.jdbc = jdbc;
        this.snippets = snippets;
    }

    /** The jobs with these ids, keyed by id (missing ids are absent), without highlights. */
    public Map<Long, JobSummary> load(Collection<Long> ids) {
        return load(ids, List.of());
    }

    /** As {@link #load(Collection)}, with highlights of these query stems when there are any. */
    Map<Long, JobSummary> load(Collection<Long> ids, List<String> stems) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        boolean highlight = !stems.isEmpty();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + (highlight ? ", j.description_text" : "")
                        + " FROM jobs j WHERE j.id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getObject("cluster_id", Long.class), summary(rs, null),
                        highlight ? rs.getString("description_text") : null))
                .list();
        Map<Long, JobSummary.Highlights> highlights = Map.of();
        if (highlight) {
            Map<Long, String[]> texts = new LinkedHashMap<>();
            rows.forEach(row -> texts.put(row.id(), new String[] {row.summary().title(), row.description()}));
            highlights = snippets.highlight(texts, stems);
        }
        Map<Long, List<JobSummary.Listing>> clusters = clusterListings(rows);
        Map<Long, JobSummary> jobs = new LinkedHashMap<>();
        for (Row row : rows) {
            List<JobSummary.Listing> alsoOn = row.clusterId() == null ? List.of()
                    : clusters.getOrDefault(row.clusterId(), List.of()).stream()
                            .filter(listing -> !listing.id().equals(row.summary().id()))
                            .limit(MAX_ALSO_ON)
                            .toList();
            jobs.put(row.id(), row.summary().withHighlights(highlights.get(row.id())).withAlsoOn(alsoOn));
        }
        return jobs;
    }

    /** Open listings of the clusters these rows belong to, best first (newest posting). */
    private Map<Long, List<JobSummary.Listing>> clusterListings(List<Row> rows) {
        Long[] clusterIds = rows.stream().map(Row::clusterId).filter(id -> id != null).distinct().toArray(Long[]::new);
        if (clusterIds.length == 0) {
            return Map.of();
        }
        Map<Long, List<JobSummary.Listing>> clusters = new HashMap<>();
        jdbc.sql("""
                SELECT cluster_id, id, source, url, status FROM jobs
                WHERE cluster_id = ANY(:clusters) AND status = 'open'
                ORDER BY cluster_id, posted_at DESC NULLS LAST, id DESC""")
                .param("clusters", clusterIds)
                .query(rs -> {
                    clusters.computeIfAbsent(rs.getLong("cluster_id"), k -> new ArrayList<>())
                            .add(new JobSummary.Listing(Long.toString(rs.getLong("id")), rs.getString("source"),
                                    rs.getString("url"), rs.getString("status")));
                });
        return clusters;
    }

    private record Row(long id, Long clusterId, JobSummary summary, String description) {
    }

    static JobSummary summary(ResultSet rs, JobSummary.Highlights highlights) throws SQLException {
        Timestamp posted = rs.getTimestamp("posted_at");
        return new JobSummary(Long.toString(rs.getLong("id")), rs.getString("source"), rs.getString("source_id"),
                rs.getString("title"), rs.getString("company"), rs.getString("url"), rs.getString("apply_url"),
                CandidateScan.strings(rs.getArray("skills")), rs.getObject("salary_min", Integer.class),
                rs.getObject("salary_max", Integer.class), rs.getString("salary_currency"),
                rs.getString("salary_period"), rs.getBoolean("remote"), rs.getString("location"),
                posted == null ? null : posted.toInstant(), rs.getString("status"), rs.getString("seniority"),
                rs.getString("employment_type"), highlights, List.of());
    }
}
