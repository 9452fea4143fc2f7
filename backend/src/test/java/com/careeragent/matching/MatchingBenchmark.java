package com.careeragent.matching;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.careeragent.auth.UserId;
import com.careeragent.matching.index.IndexMaintenance;
import com.careeragent.matching.index.OpenJobIndex;
import com.careeragent.matching.index.OpenJobsReader;
import com.careeragent.matching.refresh.MatchRefresher;
import com.careeragent.matching.scoring.CompiledCandidate;
import com.careeragent.matching.scoring.JobPosting;
import com.careeragent.matching.scoring.MatchScorer;
import com.careeragent.support.ApiTest;

/**
 * Benchmark, not a test: ranking every open job for one profile through the in-memory index, against
 * scoring job by job with one query per job, in the same run on the same data. Never part of the normal
 * test run; start it with
 * {@code ./mvnw -B -f backend/pom.xml test -Dtest=MatchingBenchmark -Dmatching.benchmark=true}
 * (optionally {@code -Dmatching.benchmark.jobs=100000}). Prints a report and writes it to
 * {@code target/matching-benchmark.md}.
 */
class MatchingBenchmark extends ApiTest {

    private static final int WARM_UP = 15;
    private static final int RUNS = 60;

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndexMaintenance maintenance;
    @Autowired
    OpenJobIndex index;
    @Autowired
    OpenJobsReader reader;
    @Autowired
    MatchScorer scorer;
    @Autowired
    MatchRefresher refresher;

    @Test
    void rankAllOpenJobs() throws Exception {
        assumeTrue(Boolean.getBoolean("matching.benchmark"), "run with -Dmatching.benchmark=true");
        int count = Integer.getInteger("matching.benchmark.jobs", 100_000);
        List<String> report = new ArrayList<>();
        report.add("| step | result |");
        report.add("|---|---|");

        long t0 = System.nanoTime();
        new SyntheticJobs(42).insert(dataSource, count);
        report.add(row("insert %,d synthetic postings (COPY)".formatted(count), ms(t0)));

        long heapBefore = usedHeap();
        t0 = System.nanoTime();
        maintenance.rebuild();
        report.add(row("full index load: %,d open clusters (stream, sections, compile)".formatted(index.size()), ms(t0)));
        report.add(row("heap held by the index (used heap after GC, after − before)",
                "%,d MiB".formatted((usedHeap() - heapBefore) >> 20)));

        List<CompiledCandidate> candidates = candidates();
        for (int i = 0; i < WARM_UP; i++) {
            index.rank(candidates.get(i % candidates.size()), 50, 500);
        }
        double[] rankMs = new double[RUNS];
        int hits = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            hits += index.rank(candidates.get(i % candidates.size()), 50, 500).size();
            rankMs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(rankMs);
        report.add(row("rank all open jobs for one profile, p50 / p95 / max (%d runs, %d profiles)"
                .formatted(RUNS, candidates.size()), "%.1f / %.1f / %.1f ms".formatted(pct(rankMs, 50), pct(rankMs, 95),
                rankMs[RUNS - 1])));
        report.add(row("jobs scoring ≥ 50 per profile (mean, top 500 kept)", String.valueOf(hits / RUNS)));

        List<Long> ids = jdbc.sql("SELECT id FROM jobs WHERE status = 'open' ORDER BY id").query(Long.class).list();
        CompiledCandidate one = candidates.getFirst();
        t0 = System.nanoTime();
        int above = 0;
        for (Long id : ids) {
            JobPosting posting = reader.find(List.of(id)).get(id);
            if (scorer.score(one, scorer.compiler().job(posting)) >= 50) {
                above++;
            }
        }
        double perJobMs = ms(t0);
        report.add(row("baseline: job by job, one query + scoring per job (%,d jobs, %,d ≥ 50)".formatted(ids.size(), above),
                "%.0f ms".formatted(perJobMs)));
        report.add(row("speed-up of the index (baseline / p50)", "%.0f×".formatted(perJobMs / pct(rankMs, 50))));

        t0 = System.nanoTime();
        List<JobPosting> all = new ArrayList<>();
        reader.forEachOpen(all::add);
        int inMemory = 0;
        for (JobPosting posting : all) {
            inMemory += scorer.score(one, scorer.compiler().job(posting)) >= 50 ? 1 : 0;
        }
        report.add(row("second baseline: one query for all, compile + score each job per request", ms(t0)));

        UserId user = userWithProfile();
        refresher.refreshUser(user);
        double[] refreshMs = new double[10];
        for (int i = 0; i < refreshMs.length; i++) {
            long start = System.nanoTime();
            refresher.refreshUser(user);
            refreshMs[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(refreshMs);
        report.add(row("recompute one person's matches end to end (rank, explain top 500, store), p50",
                "%.0f ms".formatted(pct(refreshMs, 50))));

        List<Long> changed = ids.subList(0, 1_000);
        t0 = System.nanoTime();
        maintenance.refresh(changed);
        report.add(row("incremental index refresh of 1,000 changed jobs", ms(t0)));
        report.add(row("JVM", Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, heap max "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB"));

        String text = String.join("\n", report) + "\n";
        System.out.println("\n" + text);
        Files.writeString(Path.of("target", "matching-benchmark.md"), text);
    }

    private List<CompiledCandidate> candidates() {
        Random random = new Random(7);
        List<CompiledCandidate> candidates = new ArrayList<>();
        for (SyntheticJobs.Family family : SyntheticJobs.FAMILIES) {
            List<Candidate.Skill> skills = new ArrayList<>();
            for (String skill : family.skills()) {
                if (random.nextInt(3) > 0) {
                    skills.add(Candidate.Skill.named(skill));
                }
            }
            candidates.add(scorer.compiler().candidate(new Candidate(List.of(family.titles().getFirst()), null,
                    List.of(family.titles().get(1)), "senior", 6.0, skills, List.of(), "Berlin, Germany", List.of(),
                    "remote", 90_000, "USD")));
        }
        return candidates;
    }

    private UserId userWithProfile() {
        String token = signUp();
        http.send(org.springframework.http.HttpMethod.PUT, "/api/profile", token, java.util.Map.of("targetTitles",
                List.of("Backend Engineer"), "seniority", "senior", "yearsExperience", 6), h -> { });
        for (String skill : SyntheticJobs.FAMILIES.getFirst().skills().subList(0, 10)) {
            http.post("/api/profile/skills", token, java.util.Map.of("name", skill));
        }
        return new UserId(UUID.fromString(http.get("/auth/me", token).json().get("id").asString()));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String row(String step, Object result) {
        return "| " + step + " | " + (result instanceof Double d ? "%.0f ms".formatted(d) : result) + " |";
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
