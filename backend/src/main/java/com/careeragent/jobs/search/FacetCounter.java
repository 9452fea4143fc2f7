package com.careeragent.jobs.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Facet counts over the candidates a search collected (all matches, or a sample scaled to the estimate). */
final class FacetCounter {

    private static final int TOP_SKILLS = 20;

    private FacetCounter() {
    }

    static JobFacets count(List<Candidate> sample, long total, boolean estimated) {
        double scale = estimated && !sample.isEmpty() ? (double) total / sample.size() : 1.0;
        Map<String, Long> skills = new HashMap<>();
        for (Candidate candidate : sample) {
            for (String skill : candidate.skills()) {
                skills.merge(skill, 1L, Long::sum);
            }
        }
        return new JobFacets(
                top(tally(sample, Candidate::source), scale, Integer.MAX_VALUE),
                top(skills, scale, TOP_SKILLS),
                top(tally(sample, c -> c.remote() ? "remote" : "onSite"), scale, 2),
                top(tally(sample, Candidate::seniority), scale, Integer.MAX_VALUE),
                top(tally(sample, Candidate::employmentType), scale, Integer.MAX_VALUE),
                estimated, sample.size());
    }

    private static Map<String, Long> tally(List<Candidate> sample, Function<Candidate, String> value) {
        Map<String, Long> counts = new HashMap<>();
        for (Candidate candidate : sample) {
            String key = value.apply(candidate);
            if (key != null) {
                counts.merge(key, 1L, Long::sum);
            }
        }
        return counts;
    }

    private static List<JobFacets.FacetCount> top(Map<String, Long> counts, double scale, int limit) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new JobFacets.FacetCount(e.getKey(), scaled(e.getValue(), scale)))
                .toList();
    }

    private static long scaled(long count, double scale) {
        return scale == 1.0 ? count : TotalEstimator.round(Math.round(count * scale));
    }
}
