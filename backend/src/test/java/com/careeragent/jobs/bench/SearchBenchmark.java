package com.careeragent.jobs.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Entry point of the search benchmark. */
public final class SearchBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        long seed = 42;
        Path dataDir = Path.of(System.getProperty("search-bench.dir", "target/search-bench"), "pgdata");
        boolean preview = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--preview" -> preview = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (preview) {
            preview(rows, seed);
            return;
        }
        try (BenchDatabase db = BenchDatabase.start(dataDir, Map.of("shared_buffers", "1GB", "max_wal_size", "8GB", "checkpoint_timeout", "30min"))) {
            DataSetLoader loader = new DataSetLoader(db.dataSource());
            DataSetLoader.DataSet set = loader.existing(rows, seed);
            if (set == null) {
                set = loader.load(rows, seed);
            }
            System.out.println("data set: " + set + " at " + db.jdbcUrl());
            if (System.getProperty("bench.hold") != null) {
                Thread.sleep(Long.MAX_VALUE);
            }
        }
    }

    private static void preview(int rows, long seed) {
        SyntheticJobs jobs = new SyntheticJobs(Instant.now(), seed);
        AtomicLong text = new AtomicLong();
        AtomicLong html = new AtomicLong();
        long started = System.nanoTime();
        jobs.generate(seed, 0, rows, rows, 1, job -> {
            text.addAndGet(job.descriptionText().length());
            html.addAndGet(job.descriptionHtml().length());
            if (text.get() < 20_000) {
                System.out.println(job.title() + " | " + job.company() + " | " + job.skills() + " | "
                        + job.salaryMin() + "-" + job.salaryMax() + " " + job.salaryPeriod() + " | " + job.location());
            }
        });
        System.out.printf("%d postings in %.1f s; mean text %d chars, mean html %d chars%n", rows,
                (System.nanoTime() - started) / 1e9, text.get() / rows, html.get() / rows);
    }
}
