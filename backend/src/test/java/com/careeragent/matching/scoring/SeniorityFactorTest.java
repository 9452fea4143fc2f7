package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SeniorityFactorTest {

    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final SeniorityFactor factor = new SeniorityFactor();

    private double fit(Postings job, Profiles profile) {
        return factor.fit(compiler.candidate(profile.build()), compiler.job(job.build()));
    }

    @Test
    void sameLevelFitsBeingUnderHurtsMoreThanBeingOver() {
        assertThat(fit(Postings.titled("Senior Engineer").seniority("senior"), Profiles.empty().seniority("senior", null)))
                .isEqualTo(1.0);
        double under = fit(Postings.titled("Senior Engineer").seniority("senior"), Profiles.empty().seniority("mid", null));
        double over = fit(Postings.titled("Engineer II"), Profiles.empty().seniority("senior", null));
        assertThat(under).isEqualTo(0.6);
        assertThat(over).isEqualTo(0.85);
        assertThat(fit(Postings.titled("Principal Engineer"), Profiles.empty().seniority("junior", null))).isZero();
    }

    @Test
    void statedYearsAreComparedWithTheProfilesYears() {
        Postings job = Postings.titled("Engineer").description("Requirements: 5+ years of experience with Python.");
        assertThat(fit(job, Profiles.empty().seniority(null, 6.0))).isEqualTo(1.0);
        assertThat(fit(job, Profiles.empty().seniority(null, 2.0))).isBetween(0.2, 0.3);
        assertThat(fit(Postings.titled("Engineer"), Profiles.empty().seniority(null, 6.0))).isNaN();
    }

    @Test
    void levelFromYearsWhenTheProfileStatesNone() {
        assertThat(fit(Postings.titled("Junior Developer"), Profiles.empty().seniority(null, 1.0))).isEqualTo(1.0);
        var posting = Postings.titled("Senior Developer").description("Requirements: at least 8 years").build();
        var finding = factor.explain(compiler.candidate(Profiles.empty().seniority(null, 3.0).build()),
                compiler.job(posting), posting);
        assertThat(finding.evidence()).extracting(Evidence::text).containsExactly(
                "The job is senior; your profile reads as mid-level.", "The posting asks for 8+ years; you have 3.");
    }

    @Test
    void anEmptyProfileSideIsNotCounted() {
        assertThat(fit(Postings.titled("Senior Engineer"), Profiles.withSkills("Python"))).isNaN();
    }
}
