package com.careeragent.jobs.searchbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latency samples per query kind, with nearest-rank percentiles. */
final class Latencies {

    private final Map<String, List<Long>> nanosByKind = new LinkedHashMap<>();
    private final List<Long> all = new ArrayList<>();

    void add(String kind, long nanos) {
        nanosByKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos);
        all.add(nanos);
    }

    Map<String, Summary> byKind() {
        Map<String, Summary> summaries = new LinkedHashMap<>();
        nanosByKind.forEach((kind, samples) -> summaries.put(kind, Summary.of(samples)));
        return summaries;
    }

    Summary overall() {
        return Summary.of(all);
    }

    record Summary(int count, double p50, double p95, double p99, double max, double mean) {

        static Summary of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Summary(0, 0, 0, 0, 0, 0);
            }
            return new Summary(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
                    ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                    ms((long) Arrays.stream(sorted).average().orElse(0)));
        }

        private static long percentile(long[] sorted, double p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }
}
