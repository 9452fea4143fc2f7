package com.careeragent.jobs.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.NormalizedJob;

/**
 * Writes postings in chunks with one multi-row {@code INSERT … SELECT FROM unnest(arrays) ON CONFLICT}
 * per chunk: one round trip per thousand postings, and a row whose content hash did not change is
 * neither rewritten nor returned (so it counts as unchanged).
 */
@Component
public class JobUpserter {

    static final int CHUNK = 1000;
    /** Array-valued columns travel as one string per row, joined by the ASCII unit separator. */
    static final String LIST_SEPARATOR = "\u001f";

    private static final String UPSERT = """
            INSERT INTO jobs (source, board, source_id, title, company, url, apply_url, location, remote, regions,
                              employment_type, seniority, salary_min, salary_max, salary_currency, salary_period,
                              posted_at, description_html, description_text, skills, tags, content_hash, fingerprint)
            SELECT ?, ?, r.source_id, r.title, r.company, r.url, r.apply_url, r.location, r.remote,
                   string_to_array(r.regions, E'\\x1f'), r.employment_type, r.seniority, r.salary_min, r.salary_max,
                   r.salary_currency, r.salary_period, r.posted_at, r.description_html, r.description_text,
                   string_to_array(r.skills, E'\\x1f'), string_to_array(r.tags, E'\\x1f'), r.content_hash, r.fingerprint
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[],
                        ?::text[], ?::text[], ?::integer[], ?::integer[], ?::text[], ?::text[], ?::timestamptz[],
                        ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                 AS r(source_id, title, company, url, apply_url, location, remote, regions, employment_type, seniority,
                      salary_min, salary_max, salary_currency, salary_period, posted_at, description_html,
                      description_text, skills, tags, content_hash, fingerprint)
            ON CONFLICT (source, source_id) DO UPDATE SET
                board = EXCLUDED.board, title = EXCLUDED.title, company = EXCLUDED.company, url = EXCLUDED.url,
                apply_url = EXCLUDED.apply_url, location = EXCLUDED.location, remote = EXCLUDED.remote,
                regions = EXCLUDED.regions, employment_type = EXCLUDED.employment_type,
                seniority = EXCLUDED.seniority, salary_min = EXCLUDED.salary_min, salary_max = EXCLUDED.salary_max,
                salary_currency = EXCLUDED.salary_currency, salary_period = EXCLUDED.salary_period,
                posted_at = EXCLUDED.posted_at, description_html = EXCLUDED.description_html,
                description_text = EXCLUDED.description_text, skills = EXCLUDED.skills, tags = EXCLUDED.tags,
                content_hash = EXCLUDED.content_hash, fingerprint = EXCLUDED.fingerprint,
                status = 'open', missed_runs = 0, closed_at = NULL, last_seen_at = now(), updated_at = now()
            WHERE jobs.content_hash IS DISTINCT FROM EXCLUDED.content_hash
            RETURNING id, (xmax = 0) AS created
            """;

    private final JdbcTemplate jdbc;

    JobUpserter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Written(List<Long> created, List<Long> updated) {
    }

    public Written upsert(String source, String board, List<NormalizedJob> jobs) {
        List<Long> created = new ArrayList<>();
        List<Long> updated = new ArrayList<>();
        for (int from = 0; from < jobs.size(); from += CHUNK) {
            List<NormalizedJob> changed = changedOnly(source, board, jobs.subList(from, Math.min(jobs.size(), from + CHUNK)));
            if (!changed.isEmpty()) {
                jdbc.query(con -> prepare(con, source, board, changed), rs -> {
                    (rs.getBoolean("created") ? created : updated).add(rs.getLong("id"));
                });
            }
        }
        return new Written(created, updated);
    }

    /**
     * Drops postings whose stored content hash is the same. The INSERT would skip them too, but only after
     * computing the generated search vector of every proposed row, which costs as much as writing it.
     */
    private List<NormalizedJob> changedOnly(String source, String board, List<NormalizedJob> chunk) {
        Map<String, String> stored = new HashMap<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT source_id, content_hash FROM jobs WHERE source = ? AND source_id = ANY(?)");
            ps.setString(1, source);
            ps.setArray(2, texts(con, chunk.stream().map(NormalizedJob::sourceId).toArray(String[]::new)));
            return ps;
        }, rs -> {
            stored.put(rs.getString(1), rs.getString(2));
        });
        if (stored.isEmpty()) {
            return chunk;
        }
        return chunk.stream().filter(job -> !JobFingerprints.contentHash(board, job).equals(stored.get(job.sourceId())))
                .toList();
    }

    private static PreparedStatement prepare(Connection con, String source, String board, List<NormalizedJob> jobs)
            throws SQLException {
        int n = jobs.size();
        String[][] text = new String[18][n];
        Boolean[] remote = new Boolean[n];
        Integer[] salaryMin = new Integer[n];
        Integer[] salaryMax = new Integer[n];
        for (int i = 0; i < n; i++) {
            NormalizedJob job = jobs.get(i);
            text[0][i] = job.sourceId();
            text[1][i] = job.title();
            text[2][i] = job.company();
            text[3][i] = job.url();
            text[4][i] = job.applyUrl();
            text[5][i] = job.location();
            remote[i] = job.remote();
            text[6][i] = String.join(LIST_SEPARATOR, job.regions());
            text[7][i] = job.employmentType();
            text[8][i] = job.seniority();
            salaryMin[i] = job.salaryMin();
            salaryMax[i] = job.salaryMax();
            text[9][i] = job.salaryCurrency();
            text[10][i] = job.salaryPeriod();
            text[11][i] = job.postedAt() == null ? null : job.postedAt().toString();
            text[12][i] = job.descriptionHtml();
            text[13][i] = job.descriptionText();
            text[14][i] = String.join(LIST_SEPARATOR, job.skills());
            text[15][i] = String.join(LIST_SEPARATOR, job.tags());
            text[16][i] = JobFingerprints.contentHash(board, job);
            text[17][i] = JobFingerprints.fingerprint(job.company(), job.title());
        }
        PreparedStatement ps = con.prepareStatement(UPSERT);
        int p = 1;
        ps.setString(p++, source);
        ps.setString(p++, board);
        for (int column = 0; column <= 5; column++) {
            ps.setArray(p++, texts(con, text[column]));
        }
        ps.setArray(p++, con.createArrayOf("boolean", remote));
        for (int column = 6; column <= 8; column++) {
            ps.setArray(p++, texts(con, text[column]));
        }
        ps.setArray(p++, con.createArrayOf("integer", salaryMin));
        ps.setArray(p++, con.createArrayOf("integer", salaryMax));
        for (int column = 9; column <= 17; column++) {
            ps.setArray(p++, texts(con, text[column]));
        }
        return ps;
    }

    private static Array texts(Connection con, String[] values) throws SQLException {
        return con.createArrayOf("text", values);
    }
}
