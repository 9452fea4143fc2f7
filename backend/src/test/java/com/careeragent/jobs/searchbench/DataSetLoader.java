package com.careeragent.jobs.searchbench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

/**
 * Loads the synthetic data set once: drops the secondary indexes of {@code jobs}, streams the postings in
 * with two parallel COPYs, recreates the indexes exactly as the migrations defined them, then VACUUM
 * ANALYZE. Records what it loaded in {@code bench_meta} so the next run can reuse it.
 */
final class DataSetLoader {

    static final int FORMAT_VERSION = 4;
    private final DataSource dataSource;

    DataSetLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record DataSet(int rows, long seed, Instant generatedAt) {
    }

    /** The data set already in the database when it matches what was asked for. */
    DataSet existing(int rows, long seed) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_meta (format int, rows int, seed bigint, generated_at timestamptz)");
            try (ResultSet r = s.executeQuery("SELECT format, rows, seed, generated_at FROM bench_meta")) {
                if (r.next() && r.getInt(1) == FORMAT_VERSION && r.getInt(2) == rows && r.getLong(3) == seed) {
                    return new DataSet(rows, seed, r.getTimestamp(4).toInstant());
                }
            }
        }
        return null;
    }

    DataSet load(int rows, long seed) throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, String> indexes = secondaryIndexes();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE jobs CASCADE");
            s.execute("DELETE FROM bench_meta");
            for (String name : indexes.keySet()) {
                s.execute("DROP INDEX " + name);
            }
        }
        long started = System.nanoTime();
        copyInParallel(rows, seed, now);
        log("COPY of %,d postings: %.0f s", rows, seconds(started));
        started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            for (Map.Entry<String, String> index : indexes.entrySet()) {
                long one = System.nanoTime();
                s.execute(index.getValue());
                log("  index %s: %.0f s", index.getKey(), seconds(one));
            }
            log("indexes: %.0f s", seconds(started));
            started = System.nanoTime();
            s.execute("VACUUM (ANALYZE) jobs");
            s.execute("REFRESH MATERIALIZED VIEW job_skill_frequencies");
            log("VACUUM ANALYZE: %.0f s", seconds(started));
            s.execute("INSERT INTO bench_meta VALUES (" + FORMAT_VERSION + ", " + rows + ", " + seed + ", '" + now + "')");
        }
        return new DataSet(rows, seed, now);
    }

    private void copyInParallel(int rows, long seed, Instant now) throws Exception {
        SyntheticJobs jobs = new SyntheticJobs(now, seed);
        int slices = 2;
        try (ExecutorService pool = Executors.newFixedThreadPool(slices)) {
            List<Future<Long>> done = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                int from = (int) ((long) rows * i / slices);
                int to = (int) ((long) rows * (i + 1) / slices);
                long sliceSeed = seed * 31 + i;
                long clusterBase = 1L + (long) i * rows;
                done.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection(); JobCopyWriter writer = new JobCopyWriter(c)) {
                        jobs.generate(sliceSeed, from, to, rows, clusterBase, job -> {
                            try {
                                writer.write(job);
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        return writer.finish();
                    }
                }));
            }
            for (Future<Long> slice : done) {
                slice.get();
            }
        }
    }

    private Map<String, String> secondaryIndexes() throws SQLException {
        Map<String, String> indexes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT indexname, indexdef FROM pg_indexes
                        WHERE schemaname = 'public' AND tablename = 'jobs'
                          AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'jobs'::regclass)
                        ORDER BY indexname""")) {
            while (r.next()) {
                indexes.put(r.getString(1), r.getString(2));
            }
        }
        return indexes;
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
