package com.careeragent.jobs.searchbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The search benchmark: loads (or reuses) the synthetic data set into an embedded PostgreSQL 17, starts
 * the real application against it and measures {@code GET /api/jobs} and friends over HTTP with a
 * realistic query mix, then the ILIKE and naive full-text baselines on the same database. Not part of
 * the test run; see docs/benchmarks/search.md for the command and the results.
 */
public final class SearchBenchmark {

    /** Server settings of the benchmark's PostgreSQL (documented in the report). */
    static final Map<String, String> SERVER_SETTINGS = Map.of("shared_buffers", "1GB", "max_wal_size", "2GB",
            "checkpoint_timeout", "30min");

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.preview()) {
            GeneratorPreview.print(options.rows(), options.seed());
            return;
        }
        try (BenchDatabase db = BenchDatabase.start(options.dataDir(), SERVER_SETTINGS)) {
            DataSetLoader loader = new DataSetLoader(db.dataSource());
            DataSetLoader.DataSet set = loader.existing(options.rows(), options.seed());
            long loadStarted = System.nanoTime();
            boolean reused = set != null;
            if (!reused) {
                set = loader.load(options.rows(), options.seed());
            }
            double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
            if (options.loadOnly()) {
                return;
            }
            BenchReport report = new BenchReport();
            DataSetFacts.describe(db.dataSource(), set, reused, loadSeconds, report);
            try (BenchApp app = BenchApp.start(db.jdbcUrl())) {
                new BenchRun(db.dataSource(), app, set, options, report).run();
            }
            report.write(options.dataDir().resolveSibling("report.md"));
        }
    }

    record Options(int rows, long seed, Path dataDir, int requests, int baselineRuns, boolean preview,
            boolean loadOnly) {

        static Options parse(String[] args) {
            int rows = 1_000_000;
            long seed = 42;
            Path dataDir = Path.of(System.getProperty("search-bench.dir", "target/search-bench"), "pgdata");
            int requests = 4000;
            int baselineRuns = 1;
            boolean preview = false;
            boolean loadOnly = false;
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                switch (list.get(i)) {
                    case "--rows" -> rows = Integer.parseInt(list.get(++i));
                    case "--seed" -> seed = Long.parseLong(list.get(++i));
                    case "--data-dir" -> dataDir = Path.of(list.get(++i));
                    case "--requests" -> requests = Integer.parseInt(list.get(++i));
                    case "--baseline-runs" -> baselineRuns = Integer.parseInt(list.get(++i));
                    case "--preview" -> preview = true;
                    case "--load-only" -> loadOnly = true;
                    default -> throw new IllegalArgumentException("unknown option " + list.get(i));
                }
            }
            return new Options(rows, seed, dataDir, requests, baselineRuns, preview, loadOnly);
        }
    }
}
