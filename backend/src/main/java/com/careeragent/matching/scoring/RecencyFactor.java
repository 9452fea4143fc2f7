package com.careeragent.matching.scoring;

import java.util.List;

/** Fresh postings first: full marks for the first week, nothing after two months. */
final class RecencyFactor implements Factor {

    private static final int FRESH_DAYS = 7;
    private static final int STALE_DAYS = 60;

    @Override
    public String name() {
        return "recency";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        if (job.postedEpochDay() == CompiledJob.NO_DATE) {
            return Double.NaN;
        }
        long age = candidate.today() - job.postedEpochDay();
        if (age <= FRESH_DAYS) {
            return 1;
        }
        return age >= STALE_DAYS ? 0 : (double) (STALE_DAYS - age) / (STALE_DAYS - FRESH_DAYS);
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        if (job.postedEpochDay() == CompiledJob.NO_DATE) {
            return new Finding("Not counted: the posting has no date.", List.of());
        }
        long age = Math.max(0, candidate.today() - job.postedEpochDay());
        String text = "Posted " + (age == 0 ? "today" : age == 1 ? "yesterday" : age + " days ago") + ".";
        double fit = fit(candidate, job);
        return new Finding(text, List.of(new Evidence(fit >= 1 ? "fit" : fit > 0 ? "partial" : "mismatch", text, null,
                posting.postedAt().toString())));
    }
}
