package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Seniority fit: the job's level (from its title) against the profile's level, and the years of experience
 * the posting asks for against the profile's years. Being one level under a job hurts more than being one
 * level over it.
 */
final class SeniorityFactor implements Factor {

    private static final double[] UNDER = {1, 0.6, 0.25, 0};
    private static final double[] OVER = {1, 0.85, 0.6, 0.4};

    @Override
    public String name() {
        return "seniority";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        double level = levelFit(candidate, job);
        double years = yearsFit(candidate, job);
        if (Double.isNaN(level)) {
            return years;
        }
        return Double.isNaN(years) ? level : (level + years) / 2;
    }

    private static double levelFit(CompiledCandidate candidate, CompiledJob job) {
        if (job.level() < 0 || candidate.level() < 0) {
            return Double.NaN;
        }
        int gap = candidate.level() - job.level();
        return gap >= 0 ? OVER[Math.min(gap, 3)] : UNDER[Math.min(-gap, 3)];
    }

    private static double yearsFit(CompiledCandidate candidate, CompiledJob job) {
        if (job.minYears() < 0 || candidate.years() < 0) {
            return Double.NaN;
        }
        double ratio = candidate.years() / job.minYears();
        return ratio >= 1 ? 1 : Math.pow(ratio, 1.5);
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        List<Evidence> evidence = new ArrayList<>();
        String profileLevel = SeniorityLevels.name(candidate.level());
        if (!Double.isNaN(levelFit(candidate, job))) {
            String jobLevel = SeniorityLevels.name(job.level());
            String kind = candidate.level() == job.level() ? "fit" : candidate.level() > job.level() ? "partial" : "mismatch";
            evidence.add(new Evidence(kind, "The job is " + jobLevel + "; your profile reads as " + profileLevel + ".",
                    profileLevel, posting.title()));
        }
        if (!Double.isNaN(yearsFit(candidate, job))) {
            boolean enough = candidate.years() >= job.minYears();
            evidence.add(new Evidence(enough ? "fit" : "mismatch", "The posting asks for %d+ years; you have %s."
                    .formatted(job.minYears(), formatYears(candidate.years())), formatYears(candidate.years()),
                    job.minYears() + "+ years"));
        }
        if (evidence.isEmpty()) {
            String missing = candidate.level() < 0 ? "your profile states no seniority or years of experience"
                    : "the posting states no level or years";
            return new Finding("Not counted: " + missing + ".", List.of());
        }
        return new Finding(evidence.getFirst().text(), evidence);
    }

    private static String formatYears(double years) {
        return years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years);
    }
}
