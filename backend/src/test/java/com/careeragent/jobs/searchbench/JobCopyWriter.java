package com.careeragent.jobs.searchbench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Streams postings into {@code jobs} with {@code COPY ... FROM STDIN} (text format), flushing every ~1 MB. */
final class JobCopyWriter implements AutoCloseable {

    static final String COPY_SQL = """
            COPY jobs (source, source_id, title, company, url, apply_url, location, remote, regions,
                       employment_type, seniority, salary_min, salary_max, salary_currency, salary_period,
                       posted_at, description_html, description_text, skills, tags, content_hash, fingerprint,
                       cluster_id, status, first_seen_at, last_seen_at, closed_at, updated_at)
            FROM STDIN""";

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(1 << 21);

    JobCopyWriter(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
    }

    void write(SyntheticJob job) throws SQLException {
        field(job.source()).field(job.sourceId()).field(job.title()).field(job.company()).field(job.url())
                .field(job.applyUrl()).field(job.location()).field(job.remote() ? "t" : "f")
                .array(job.regions()).field(job.employmentType()).field(job.seniority())
                .field(job.salaryMin()).field(job.salaryMax()).field(job.salaryCurrency())
                .field(job.salaryPeriod()).field(job.postedAt()).field(job.descriptionHtml())
                .field(job.descriptionText()).array(job.skills()).array(job.tags()).field(job.contentHash())
                .field(job.fingerprint()).field(job.clusterId()).field(job.status()).field(job.firstSeenAt())
                .field(job.lastSeenAt()).field(job.closedAt());
        buffer.append(job.lastSeenAt()).append('\n');
        if (buffer.length() > 1 << 20) {
            flush();
        }
    }

    private JobCopyWriter field(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof Instant instant) {
            buffer.append(instant);
        } else {
            escape(value.toString());
        }
        buffer.append('\t');
        return this;
    }

    private JobCopyWriter array(List<String> values) {
        buffer.append('{');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                buffer.append(',');
            }
            // array element quoting first, then COPY escaping of the whole literal
            escape('"' + values.get(i).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        buffer.append("}\t");
        return this;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\t' -> buffer.append("\\t");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
