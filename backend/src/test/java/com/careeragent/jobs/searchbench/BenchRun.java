package com.careeragent.jobs.searchbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The measured part: warm-up, the query mix over HTTP, the baselines and the accuracy of estimates. */
final class BenchRun {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final int WARMUP_DRAWS = 1500;

    private final DataSource dataSource;
    private final BenchApp app;
    private final DataSetLoader.DataSet set;
    private final SearchBenchmark.Options options;
    private final BenchReport report;
    private final Map<String, Long> estimatedTotals = new LinkedHashMap<>();
    private int errors;

    BenchRun(DataSource dataSource, BenchApp app, DataSetLoader.DataSet set, SearchBenchmark.Options options,
            BenchReport report) {
        this.dataSource = dataSource;
        this.app = app;
        this.set = set;
        this.options = options;
        this.report = report;
    }

    void run() throws Exception {
        waitForBackgroundRefresh();
        prewarm();
        QueryMix mix = new QueryMix(set.generatedAt(), rareCompanies(), rareWords(), set.rows());
        Weighted<BenchQuery> draw = mix.weighted();
        SplittableRandom random = new SplittableRandom(2024);
        for (BenchQuery query : mix.all()) {
            call(query);
        }
        for (int i = 0; i < WARMUP_DRAWS; i++) {
            call(draw.pick(random));
        }
        errors = 0;
        Latencies latencies = new Latencies();
        Latencies byPath = new Latencies();
        long started = System.nanoTime();
        for (int i = 0; i < options.requests(); i++) {
            BenchQuery query = draw.pick(random);
            long nanos = call(query).nanos();
            latencies.add(query.kind(), nanos);
            byPath.add(query.path(), nanos);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report.line("- query mix: %d distinct requests in %d kinds; %d measured requests, one at a time over HTTP "
                        + "(%.0f s, %.0f requests/s), after %d warm-up requests; %d non-200 responses",
                mix.all().size(), QueryMix.KIND_WEIGHTS.size(), options.requests(), seconds,
                options.requests() / seconds, mix.all().size() + WARMUP_DRAWS, errors)
                .line("- load average at the end of the measured phase: %s", DataSetFacts.loadAverage());
        report.latencyTable("Latency of the query mix (end to end over HTTP)", latencies);
        report.slowest("Slowest requests of the mix (by median)", byPath, 12);
        gradeEstimates();
        compareWithBaselines(mix, byPath);
    }

    private BenchApp.Response call(BenchQuery query) throws Exception {
        BenchApp.Response response = app.get(query.path());
        if (response.status() != 200) {
            errors++;
            System.err.println(response.status() + " for " + query.path() + ": " + response.body());
        } else if (query.isTextSearch() && response.body().contains("\"totalIsEstimate\":true")) {
            Matcher total = TOTAL.matcher(response.body());
            if (total.find()) {
                estimatedTotals.put(query.text(), Long.parseLong(total.group(1)));
            }
        }
        return response;
    }

    /**
     * The same text searches through the two naive SQL designs, against their median through the API in
     * the measured phase (the scans evict the cache, so the API is not re-measured in between).
     */
    private void compareWithBaselines(QueryMix mix, Latencies byPath) throws Exception {
        Baselines baselines = new Baselines(dataSource);
        Map<String, Latencies.Summary> api = byPath.byKind();
        report.line("").line("### Baselines: the same question (first page of 20 + total) answered naively").line("")
                .line("| q | kind | API p50 ms | ILIKE scan ms | naive full text ms | ILIKE / API |")
                .line("|---|---|---:|---:|---:|---:|");
        List<Double> ratios = new ArrayList<>();
        for (BenchQuery query : baselineSet(mix)) {
            Latencies.Summary measured = api.get(query.path());
            double apiMs = measured != null ? measured.p50() : call(query).nanos() / 1e6;
            double ilikeMs = baselines.ilike(query.text()) / 1e6;
            double naiveMs = baselines.naiveFullText(query.text()) / 1e6;
            ratios.add(ilikeMs / apiMs);
            report.line("| `%s` | %s | %.1f | %,.0f | %,.0f | %,.0f× |", query.text(), query.kind(), apiMs, ilikeMs,
                    naiveMs, ilikeMs / apiMs);
        }
        ratios.sort(Double::compare);
        report.line("").line("ILIKE is %,.0f× to %,.0f× slower than the API on these searches.", ratios.getFirst(),
                ratios.getLast());
    }

    /** One text search of each kind, two of the broad ones (an ILIKE scan of a million descriptions takes seconds). */
    private static List<BenchQuery> baselineSet(QueryMix mix) {
        Map<String, List<BenchQuery>> byKind = new LinkedHashMap<>();
        for (BenchQuery query : mix.all()) {
            if (query.isTextSearch()) {
                byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(query);
            }
        }
        List<BenchQuery> set = new ArrayList<>();
        byKind.forEach((kind, queries) -> {
            set.add(queries.getFirst());
            if (kind.equals("broad term")) {
                set.add(queries.get(1));
            }
        });
        return set;
    }

    private void gradeEstimates() {
        Baselines baselines = new Baselines(dataSource);
        report.line("").line("### Estimated totals against exact counts").line("")
                .line("| q | estimate | exact | error |").line("|---|---:|---:|---:|");
        List<Double> errorsPct = new ArrayList<>();
        for (Map.Entry<String, Long> estimate : estimatedTotals.entrySet()) {
            long exact = baselines.exactCollapsedCount(estimate.getKey());
            double error = 100.0 * (estimate.getValue() - exact) / exact;
            errorsPct.add(Math.abs(error));
            report.line("| `%s` | %,d | %,d | %+.0f%% |", estimate.getKey(), estimate.getValue(), exact, error);
        }
        errorsPct.sort(Double::compare);
        if (!errorsPct.isEmpty()) {
            report.line("").line("Median absolute error %.0f%%, worst %.0f%%.", errorsPct.get(errorsPct.size() / 2),
                    errorsPct.getLast());
        }
    }

    private List<String> rareCompanies() {
        Vocabulary vocabulary = SyntheticJobs.vocabulary(set.seed());
        List<String> companies = new ArrayList<>();
        for (int rank = 2_000; rank < 40_000; rank += 4_000) {
            companies.add(vocabulary.companies.item(rank));
        }
        return companies;
    }

    private List<String> rareWords() {
        Vocabulary vocabulary = SyntheticJobs.vocabulary(set.seed());
        List<String> words = new ArrayList<>();
        for (int rank = 1_000; rank < 30_000; rank += 3_000) {
            words.add(vocabulary.rareWords.item(rank));
        }
        return words;
    }

    /**
     * Loads the jobs heap and its indexes into shared_buffers (pg_prewarm), as a server that has been running
     * for a while would have them; descriptions (TOAST) are read on demand.
     */
    private void prewarm() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_prewarm").update();
        long started = System.nanoTime();
        long blocks = jdbc.sql("""
                SELECT sum(pg_prewarm(c.oid)) FROM pg_class c
                WHERE c.relname = 'jobs' OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid = 'jobs'::regclass)""")
                .query(Long.class).single();
        report.line("- prewarmed %,d blocks (%.1f GB) of the jobs heap and indexes in %.0f s", blocks,
                blocks * 8192 / 1e9, (System.nanoTime() - started) / 1e9);
    }

    /** The app recounts skill frequencies when it starts; measure after that, not during. */
    private void waitForBackgroundRefresh() throws InterruptedException {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Thread.sleep(3000);
        for (int i = 0; i < 240; i++) {
            Long running = jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                    + "AND query ILIKE 'REFRESH MATERIALIZED VIEW%'").query(Long.class).single();
            if (running == 0) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
