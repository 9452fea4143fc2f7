package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TitleFactorTest {

    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final TitleFactor factor = new TitleFactor(compiler.titleWords());

    private double fit(String jobTitle, Profiles profile) {
        return factor.fit(compiler.candidate(profile.build()), compiler.job(Postings.titled(jobTitle).build()));
    }

    @Test
    void spellingsAndSeniorityWordsDontMatter() {
        assertThat(fit("Sr. Front-End Developer", Profiles.empty().targets("Frontend Engineer"))).isEqualTo(1.0);
        assertThat(fit("Job 19004 Junior Backend Engineer Brazil", Profiles.empty().targets("Back end developer")))
                .isEqualTo(1.0);
    }

    @Test
    void sharingOnlyTheRoleNounIsFarApart() {
        double sibling = fit("Backend Engineer", Profiles.empty().targets("Frontend Engineer"));
        double unrelated = fit("Account Manager", Profiles.empty().targets("Product Manager"));
        assertThat(sibling).isBetween(0.2, 0.6);
        assertThat(unrelated).isBetween(0.1, 0.4);
        assertThat(fit("Accountant", Profiles.empty().targets("Frontend Engineer"))).isZero();
    }

    @Test
    void olderTitlesCountLessThanTargets() {
        double target = fit("Data Scientist", Profiles.empty().targets("Data Scientist"));
        double past = fit("Data Scientist", Profiles.empty().recent("Accountant", "Data Scientist"));
        assertThat(target).isEqualTo(1.0);
        assertThat(past).isCloseTo(MatchCompiler.PAST_TITLE, offset(1e-6));
    }

    @Test
    void aLongHeadlineIsCutAfterItsRole() {
        assertThat(fit("Software Engineer",
                Profiles.empty().headline("Software engineer obsessed with building exceptional products")))
                .isCloseTo(0.9, offset(1e-6));
    }

    @Test
    void evidenceShowsTheClosestTitleAndSharedWords() {
        JobPosting posting = Postings.titled("Senior Backend Engineer").build();
        var finding = factor.explain(compiler.candidate(Profiles.empty().targets("Data Analyst")
                .recent("Backend Developer").build()), compiler.job(posting), posting);
        assertThat(finding.summary()).isEqualTo("\"Senior Backend Engineer\" is close to your current title \"Backend Developer\".");
        assertThat(finding.evidence().getFirst().text()).isEqualTo("Shared title words: backend, engineer.");
    }

    @Test
    void noTitlesMeansNoInformation() {
        assertThat(fit("Backend Engineer", Profiles.withSkills("Python"))).isNaN();
    }
}
