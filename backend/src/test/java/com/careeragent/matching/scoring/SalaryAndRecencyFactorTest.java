package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

class SalaryAndRecencyFactorTest {

    private static final Instant NOW = Instant.parse("2025-09-01T12:00:00Z");
    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final SalaryFactor salary = new SalaryFactor(compiler::currency);
    private final RecencyFactor recency = new RecencyFactor();

    private double salaryFit(Postings job, Profiles profile) {
        return salary.fit(compiler.candidate(profile.build()), compiler.job(job.build()));
    }

    @Test
    void salaryCountsOnlyWhenBothSidesStateOne() {
        Profiles expects = Profiles.empty().salary(100_000, "USD");
        assertThat(salaryFit(Postings.titled("Dev").salary(90_000, 120_000, "USD", "year"), expects)).isEqualTo(1.0);
        assertThat(salaryFit(Postings.titled("Dev").salary(60_000, 80_000, "USD", "year"), expects)).isCloseTo(0.5,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(salaryFit(Postings.titled("Dev").salary(50, 60, "USD", "hour"), expects)).isEqualTo(1.0);
        assertThat(salaryFit(Postings.titled("Dev"), expects)).isNaN();
        assertThat(salaryFit(Postings.titled("Dev").salary(90_000, 120_000, "USD", "year"), Profiles.empty())).isNaN();
        assertThat(salaryFit(Postings.titled("Dev").salary(90_000, 120_000, "EUR", "year"), expects)).isNaN();
    }

    @Test
    void salaryEvidenceSaysWhy() {
        JobPosting posting = Postings.titled("Dev").salary(60_000, 80_000, "USD", "year").build();
        var finding = salary.explain(compiler.candidate(Profiles.empty().salary(100_000, "USD").build()),
                compiler.job(posting), posting);
        assertThat(finding.summary()).isEqualTo(
                "The posting's range (60,000\u201380,000 USD a year) stays below your expectation of 100,000 USD a year.");
    }

    @Test
    void freshPostingsScoreHighStaleOnesZero() {
        var candidate = compiler.candidate(Profiles.withSkills("Python").build());
        assertThat(recency.fit(candidate, compiler.job(Postings.titled("Dev").postedAt(NOW.minus(2, ChronoUnit.DAYS)).build())))
                .isEqualTo(1.0);
        assertThat(recency.fit(candidate, compiler.job(Postings.titled("Dev").postedAt(NOW.minus(90, ChronoUnit.DAYS)).build())))
                .isZero();
        assertThat(recency.fit(candidate, compiler.job(Postings.titled("Dev").build()))).isNaN();
    }
}
