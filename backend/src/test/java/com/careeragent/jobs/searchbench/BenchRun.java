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
    private static final int WARMUP_DRAWS = 400;

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
        compareWithBaselines(mix);
        gradeEstimates();
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

    /** The same text searches, interleaved, through the API and through the two naive SQL designs. */
    private void compareWithBaselines(QueryMix mix) throws Exception {
        Baselines baselines = new Baselines(dataSource);
        Latencies api = new Latencies();
        Latencies ilike = new Latencies();
        Latencies naive = new Latencies();
        List<BenchQuery> texts = baselineSet(mix);
        for (int run = 0; run < options.baselineRuns(); run++) {
            for (BenchQuery query : texts) {
                api.add(query.kind(), call(query).nanos());
                ilike.add(query.kind(), baselines.ilike(query.text()));
                naive.add(query.kind(), baselines.naiveFullText(query.text()));
            }
        }
        report.line("").line("### Baselines: the %d text searches of the mix, %d runs each, interleaved",
                texts.size(), options.baselineRuns()).line("")
                .line("| query kind | API p50 | API p95 | ILIKE p50 | ILIKE p95 | naive FTS p50 | naive FTS p95 | ILIKE / API (p50) |")
                .line("|---|---:|---:|---:|---:|---:|---:|---:|");
        Map<String, Latencies.Summary> apiKinds = api.byKind();
        Map<String, Latencies.Summary> ilikeKinds = ilike.byKind();
        Map<String, Latencies.Summary> naiveKinds = naive.byKind();
        for (String kind : apiKinds.keySet()) {
            baselineRow(kind, apiKinds.get(kind), ilikeKinds.get(kind), naiveKinds.get(kind));
        }
        baselineRow("**all**", api.overall(), ilike.overall(), naive.overall());
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

    private void baselineRow(String kind, Latencies.Summary api, Latencies.Summary ilike, Latencies.Summary naive) {
        report.line("| %s | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f× |", kind, api.p50(), api.p95(),
                ilike.p50(), ilike.p95(), naive.p50(), naive.p95(), ilike.p50() / api.p50());
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
