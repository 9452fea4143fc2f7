package com.careeragent.jobs.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
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
    /** The other open listings of a job's duplicate cluster (newest first, at most 10), in the same query. */
    private static final String ALSO_ON = """
            CASE WHEN j.cluster_id IS NULL THEN '{}'::text[] ELSE ARRAY(
                SELECT o.id || ' ' || o.source || ' ' || o.status || ' ' || coalesce(o.url, '') FROM jobs o
                WHERE o.cluster_id = j.cluster_id AND o.id <> j.id AND o.status = 'open'
                ORDER BY o.posted_at DESC NULLS LAST, o.id DESC LIMIT 10) END AS also_on""";

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
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + (highlight ? ", j.description_text" : "") + ", " + ALSO_ON
                        + " FROM jobs j WHERE j.id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new Row(rs.getLong("id"),
                        summary(rs, null).withAlsoOn(listings(CandidateScan.strings(rs.getArray("also_on")))),
                        highlight ? rs.getString("description_text") : null))
                .list();
        Map<Long, JobSummary.Highlights> highlights = Map.of();
        if (highlight) {
            Map<Long, String[]> texts = new LinkedHashMap<>();
            rows.forEach(row -> texts.put(row.id(), new String[] {row.summary().title(), row.description()}));
            highlights = snippets.highlight(texts, stems);
        }
        Map<Long, JobSummary> jobs = new LinkedHashMap<>();
        for (Row row : rows) {
            jobs.put(row.id(), row.summary().withHighlights(highlights.get(row.id())));
        }
        return jobs;
    }

    /** "id source status url" entries, as ALSO_ON lists them. */
    private static List<JobSummary.Listing> listings(List<String> entries) {
        List<JobSummary.Listing> listings = new ArrayList<>(entries.size());
        for (String entry : entries) {
            String[] parts = entry.split(" ", 4);
            listings.add(new JobSummary.Listing(parts[0], parts[1], parts[3].isEmpty() ? null : parts[3], parts[2]));
        }
        return listings;
    }

    private record Row(long id, JobSummary summary, String description) {
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
