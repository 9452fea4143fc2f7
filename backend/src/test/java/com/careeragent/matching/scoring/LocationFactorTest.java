package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LocationFactorTest {

    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final LocationFactor factor = new LocationFactor();

    private double fit(Postings job, Profiles profile) {
        return factor.fit(compiler.candidate(profile.build()), compiler.job(job.build()));
    }

    @Test
    void remoteJobsFitUnlessLimitedToAnotherRegion() {
        Profiles lisbon = Profiles.empty().location("Lisbon, Portugal", null);
        assertThat(fit(Postings.titled("Dev").remote(), lisbon)).isEqualTo(1.0);
        assertThat(fit(Postings.titled("Dev").remote("Europe"), lisbon)).isEqualTo(1.0);
        assertThat(fit(Postings.titled("Dev").remote("USA"), lisbon)).isEqualTo(0.2);
        assertThat(fit(Postings.titled("Dev").remote("USA"), Profiles.empty().location("Austin, TX", null)))
                .isEqualTo(1.0);
    }

    @Test
    void onSiteJobsFitBestInTheSameCity() {
        Profiles sf = Profiles.empty().location("San Francisco, CA", "hybrid");
        assertThat(fit(Postings.titled("Dev").onsite("San Francisco, California"), sf)).isEqualTo(1.0);
        assertThat(fit(Postings.titled("Dev").onsite("New York, NY"), sf)).isEqualTo(0.6);
        assertThat(fit(Postings.titled("Dev").onsite("Berlin, Germany"), sf)).isEqualTo(0.1);
        assertThat(fit(Postings.titled("Dev").onsite("Berlin, Germany"), Profiles.empty().location(null, "hybrid", "Berlin")))
                .isEqualTo(1.0);
    }

    @Test
    void workModePreferencesCount() {
        assertThat(fit(Postings.titled("Dev").onsite("Berlin"), Profiles.empty().location("Berlin", "remote"))).isEqualTo(0.2);
        assertThat(fit(Postings.titled("Dev").remote(), Profiles.empty().location(null, "onsite"))).isEqualTo(0.5);
        JobPosting posting = Postings.titled("Dev").onsite("Berlin").build();
        var finding = factor.explain(compiler.candidate(Profiles.empty().location("Berlin", "remote").build()),
                compiler.job(posting), posting);
        assertThat(finding.summary()).isEqualTo("On site in Berlin, but you want remote work.");
        assertThat(finding.evidence().getFirst().profile()).isEqualTo("Berlin; work mode: remote");
    }

    @Test
    void noInformationOnEitherSide() {
        assertThat(fit(Postings.titled("Dev").remote(), Profiles.withSkills("Python"))).isNaN();
        assertThat(fit(Postings.titled("Dev"), Profiles.empty().location("Berlin", null))).isNaN();
    }
}
