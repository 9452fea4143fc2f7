package com.careeragent.matching.scoring;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Salary fit, only when both the posting and the profile state an amount in the same currency: full
 * marks when the posting's top reaches the expectation, nothing below 60 % of it.
 */
final class SalaryFactor implements Factor {

    private static final double FLOOR = 0.6;
    private final IntFunction<String> currencies;

    SalaryFactor(IntFunction<String> currencies) {
        this.currencies = currencies;
    }

    @Override
    public String name() {
        return "salary";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        long top = Math.max(job.salaryMin(), job.salaryMax());
        if (candidate.salary() <= 0 || top <= 0 || !sameCurrency(candidate, job)) {
            return Double.NaN;
        }
        double ratio = (double) top / candidate.salary();
        return ratio >= 1 ? 1 : Math.max(0, (ratio - FLOOR) / (1 - FLOOR));
    }

    private static boolean sameCurrency(CompiledCandidate candidate, CompiledJob job) {
        return candidate.currency() < 0 || job.currency() < 0 || candidate.currency() == job.currency();
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        long top = Math.max(job.salaryMin(), job.salaryMax());
        if (candidate.salary() <= 0) {
            return new Finding("Not counted: your profile states no salary expectation.", List.of());
        }
        if (top <= 0) {
            return new Finding("Not counted: the posting states no salary.", List.of());
        }
        String jobRange = range(job);
        String expectation = "%,d %s a year".formatted(candidate.salary(), currency(candidate.currency(), job.currency()));
        if (!sameCurrency(candidate, job)) {
            String text = "Not counted: the posting pays in " + currencies.apply(job.currency()) + ", you expect "
                    + currencies.apply(candidate.currency()) + ".";
            return new Finding(text, List.of(new Evidence("unknown", text, expectation, jobRange)));
        }
        double fit = fit(candidate, job);
        String text = fit >= 1 ? "The posting's range (" + jobRange + ") reaches your expectation of " + expectation + "."
                : "The posting's range (" + jobRange + ") stays below your expectation of " + expectation + ".";
        return new Finding(text, List.of(new Evidence(fit >= 1 ? "fit" : fit > 0 ? "partial" : "mismatch", text,
                expectation, jobRange)));
    }

    private String range(CompiledJob job) {
        String currency = currency(job.currency(), -1);
        if (job.salaryMin() > 0 && job.salaryMax() > 0 && job.salaryMin() != job.salaryMax()) {
            return "%,d\u2013%,d %s a year".formatted(job.salaryMin(), job.salaryMax(), currency);
        }
        return "%,d %s a year".formatted(Math.max(job.salaryMin(), job.salaryMax()), currency);
    }

    private String currency(int id, int fallback) {
        int chosen = id >= 0 ? id : fallback;
        return chosen >= 0 ? currencies.apply(chosen) : "(currency not stated)";
    }
}
