package com.careeragent.jobs.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.careeragent.jobs.IngestBatch;
import com.careeragent.jobs.IngestCounts;
import com.careeragent.jobs.JobCatalog;
import com.careeragent.jobs.NormalizedJob;
import com.careeragent.jobs.SourceName;
import com.careeragent.jobs.catalog.JobFingerprints;

/**
 * Upsert throughput of {@link JobCatalog} for 100k normalised postings against a raw {@code COPY} of the same
 * rows into the same table, in one run on the embedded PostgreSQL 17. Not part of the test suite (the class
 * name does not end in Test); run it with
 * {@code ./mvnw -B -f backend/pom.xml test -Dtest=IngestionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the table on stdout (target/surefire-reports/…IngestionBenchmark-output.txt). Report: docs/benchmarks/ingestion.md.
 */
class IngestionBenchmark {

    private static final int POSTINGS = Integer.getInteger("bench.postings", 100_000);
    private static final int BOARD = 10_000;

    @Test
    void upsertVersusCopy() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            context.registerBean(DataSource.class, () -> dataSource);
            context.register(CatalogOnly.class);
            context.refresh();
            JobCatalog catalog = context.getBean(JobCatalog.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            List<NormalizedJob> jobs = SyntheticJobs.generate(POSTINGS, new Random(42));
            warmUp(catalog, jdbc);

            // Reference: the same COPY into a table without the generated search_vector and the indexes.
            jdbc.execute("CREATE TABLE jobs_plain (LIKE jobs INCLUDING DEFAULTS INCLUDING IDENTITY)");
            jdbc.execute("ALTER TABLE jobs_plain DROP COLUMN search_vector");
            long plainNanos = copy(dataSource, jobs, "jobs_plain");
            long vectorNanos = searchVectorsOnly(jdbc);
            long copyNanos = copy(dataSource, jobs, "jobs");
            reset(jdbc);

            long start = System.nanoTime();
            IngestCounts first = store(catalog, jobs);
            long upsertNanos = System.nanoTime() - start;
            jdbc.execute("VACUUM ANALYZE jobs");

            start = System.nanoTime();
            IngestCounts again = store(catalog, jobs);
            long unchangedNanos = System.nanoTime() - start;

            List<NormalizedJob> changed = new ArrayList<>(jobs);
            for (int i = 0; i < changed.size(); i += 10) {
                changed.set(i, SyntheticJobs.withNewDescription(changed.get(i)));
            }
            start = System.nanoTime();
            IngestCounts tenth = store(catalog, changed);
            long changedNanos = System.nanoTime() - start;

            int clustered = jdbc.queryForObject("SELECT count(*) FROM jobs WHERE cluster_id IS NOT NULL", Integer.class);
            System.out.printf("%n| step | postings | seconds | postings/s | counts |%n|---|---|---|---|---|%n");
            row("raw COPY into a plain table (no search_vector, no indexes)", POSTINGS, plainNanos, "");
            row("computing the search vectors alone (SELECT, nothing written)", POSTINGS, vectorNanos, "");
            row("raw COPY into jobs", POSTINGS, copyNanos, "");
            row("JobCatalog.store, new postings", POSTINGS, upsertNanos, first.toString());
            row("JobCatalog.store, same feed again", POSTINGS, unchangedNanos, again.toString());
            row("JobCatalog.store, 10 % changed", POSTINGS, changedNanos, tenth.toString());
            System.out.printf("%nupsert / COPY = %.2f; rows in duplicate clusters: %d%n",
                    (double) upsertNanos / copyNanos, clustered);
        }
    }

    private static IngestCounts store(JobCatalog catalog, List<NormalizedJob> jobs) {
        IngestCounts total = IngestCounts.NONE;
        for (int from = 0; from < jobs.size(); from += BOARD) {
            List<NormalizedJob> board = jobs.subList(from, Math.min(jobs.size(), from + BOARD));
            total = total.plus(catalog.store(new IngestBatch(SourceName.GREENHOUSE, "board-" + from / BOARD, board, true)));
        }
        return total;
    }

    private static void warmUp(JobCatalog catalog, JdbcTemplate jdbc) throws Exception {
        List<NormalizedJob> warm = SyntheticJobs.generate(5_000, new Random(7));
        store(catalog, warm);
        reset(jdbc);
    }

    private static void reset(JdbcTemplate jdbc) {
        jdbc.execute("TRUNCATE jobs CASCADE");
        jdbc.execute("VACUUM ANALYZE jobs");
    }

    /**
     * The floor set by full-text indexing: PostgreSQL computing {@code jobs.search_vector}'s own expression
     * (read from the catalogue) over the same rows, on one core, without writing anything.
     */
    private static long searchVectorsOnly(JdbcTemplate jdbc) {
        String expression = jdbc.queryForObject("""
                SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d
                JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
                WHERE d.adrelid = 'jobs'::regclass AND a.attname = 'search_vector'""", String.class);
        long start = System.nanoTime();
        jdbc.queryForObject("SELECT sum(length(" + expression + ")) FROM jobs_plain", Long.class);
        return System.nanoTime() - start;
    }

    /** The same rows and columns the upsert writes, as one COPY … FROM STDIN (text format). */
    private static long copy(DataSource dataSource, List<NormalizedJob> jobs, String table) throws Exception {
        long start = System.nanoTime();
        StringBuilder rows = new StringBuilder(jobs.size() * 4096);
        for (int i = 0; i < jobs.size(); i++) {
            NormalizedJob job = jobs.get(i);
            String board = "board-" + i / BOARD;
            CopyText.row(rows, "greenhouse", board, job.sourceId(), job.title(), job.company(), job.url(), job.applyUrl(),
                    job.location(), Boolean.toString(job.remote()), CopyText.array(job.regions()), job.employmentType(),
                    job.seniority(), str(job.salaryMin()), str(job.salaryMax()), job.salaryCurrency(), job.salaryPeriod(),
                    str(job.postedAt()), job.descriptionHtml(), job.descriptionText(), CopyText.array(job.skills()),
                    CopyText.array(job.tags()), JobFingerprints.contentHash(board, job),
                    JobFingerprints.fingerprint(job.company(), job.title()));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY %s (source, board, source_id, title, company, url, apply_url, location, remote, regions,
                               employment_type, seniority, salary_min, salary_max, salary_currency, salary_period,
                               posted_at, description_html, description_text, skills, tags, content_hash, fingerprint)
                    FROM STDIN""".formatted(table), new StringReader(rows.toString()));
        }
        return System.nanoTime() - start;
    }

    private static String str(Object value) {
        return value == null ? null : value instanceof Instant instant ? instant.toString() : value.toString();
    }

    private static void row(String step, int postings, long nanos, String counts) {
        double seconds = nanos / 1e9;
        System.out.printf("| %s | %,d | %.2f | %,.0f | %s |%n", step, postings, seconds, postings / seconds, counts);
    }
}
