package com.careeragent.jobs.search;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.JobSummary;

/** The job page: one job with its description and all listings of its duplicate cluster. */
@Component
public class JobDetails {

    private static final int MAX_DUPLICATES = 50;
    private final JdbcClient jdbc;
    private final JobRows rows;

    JobDetails(JdbcClient jdbc, JobRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    public Optional<JobDetail> find(long id) {
        JobSummary summary = rows.load(List.of(id)).get(id);
        if (summary == null) {
            return Optional.empty();
        }
        record Text(String html, String text, Long clusterId) {
        }
        Text text = jdbc.sql("SELECT description_html, description_text, cluster_id FROM jobs WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Text(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)))
                .single();
        List<JobDetail.Duplicate> duplicates = text.clusterId() == null ? List.of() : jdbc.sql("""
                        SELECT id, source, source_id, title, company, url, apply_url, status, posted_at FROM jobs
                        WHERE cluster_id = :cluster AND id <> :id
                        ORDER BY status = 'open' DESC, posted_at DESC NULLS LAST, id DESC
                        LIMIT :limit""")
                .param("cluster", text.clusterId())
                .param("id", id)
                .param("limit", MAX_DUPLICATES)
                .query((rs, n) -> {
                    Timestamp posted = rs.getTimestamp("posted_at");
                    return new JobDetail.Duplicate(Long.toString(rs.getLong("id")), rs.getString("source"),
                            rs.getString("source_id"), rs.getString("title"), rs.getString("company"),
                            rs.getString("url"), rs.getString("apply_url"), rs.getString("status"),
                            posted == null ? null : posted.toInstant());
                })
                .list();
        return Optional.of(new JobDetail(summary, text.html(), text.text(), duplicates));
    }
}
