package com.careeragent.jobs.searchbench;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** {@code --preview}: generates postings without a database and prints a few, plus sizes and speed. */
final class GeneratorPreview {

    private GeneratorPreview() {
    }

    static void print(int rows, long seed) {
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
