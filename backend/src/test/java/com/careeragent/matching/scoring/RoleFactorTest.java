package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.careeragent.matching.MatchingProperties;

class RoleFactorTest {

    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(),
            Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final RoleFactor factor = new RoleFactor(compiler.roleFamilies());

    private double fit(String jobTitle, Profiles profile) {
        return factor.fit(compiler.candidate(profile.build()), compiler.job(Postings.titled(jobTitle).build()));
    }

    private Factor.Finding explain(String jobTitle, Profiles profile) {
        JobPosting posting = Postings.titled(jobTitle).build();
        return factor.explain(compiler.candidate(profile.build()), compiler.job(posting), posting);
    }

    @Test
    void sameFamilyAdjacentFamilyAndUnrelatedProfession() {
        Profiles frontend = Profiles.empty().targets("Front-End Developer");
        assertThat(fit("Senior Frontend Engineer", frontend)).isEqualTo(1.0);
        assertThat(fit("Full Stack Engineer", frontend)).isCloseTo(0.75, offset(1e-6));
        assertThat(fit("Account Executive", frontend)).isZero();
    }

    @Test
    void aTitleCountsAsStronglyAsItDoesForTheTitleFactor() {
        Profiles pm = Profiles.empty().targets("Product Manager").recent("Product Manager", "Backend Developer");
        assertThat(fit("Backend Engineer", pm)).isCloseTo(MatchCompiler.PAST_TITLE, offset(1e-6));
        assertThat(fit("Product Manager", pm)).isEqualTo(1.0);
        assertThat(explain("Backend Engineer", pm).evidence().getFirst().text()).isEqualTo("The job is back-end "
                + "development; your past title \"Backend Developer\" reads as back-end development (100% alike; a past title "
                + "counts 40%).");
    }

    @Test
    void aGenericTitleIsReadThroughTheSkills() {
        Profiles generic = Profiles.withSkills("Python", "Django", "FastAPI", "SQL").headline("Software Engineer");
        assertThat(fit("Backend Engineer", generic)).isCloseTo(0.9, offset(1e-6));
        assertThat(fit("Frontend Engineer", generic)).isCloseTo(0.9 * 0.35, offset(1e-6));
        Factor.Finding finding = explain("Frontend Engineer", generic);
        assertThat(finding.summary()).startsWith("Adjacent kind of work: the job is front-end development, your headline "
                + "\"Software Engineer\" with your skills (Python, Django, FastAPI, SQL) reads as back-end development.");
        assertThat(finding.evidence().getFirst().profile()).isEqualTo("Software Engineer (skills: Python, Django, FastAPI, SQL)");
    }

    @Test
    void aSpecificTitleKeepsGenericOnesFromBeingReadThroughTheSkills() {
        // the headline says back-end; the generic current title stays generic (0.6 to any software family)
        Profiles backend = Profiles.withSkills("React", "TypeScript", "JavaScript").headline("Backend Engineer")
                .recent("Software Engineer");
        assertThat(fit("Frontend Engineer", backend)).isCloseTo(0.85 * 0.6, offset(1e-6));
        assertThat(fit("Backend Engineer", backend)).isCloseTo(0.9, offset(1e-6));
    }

    @Test
    void withoutTitlesTheSkillsAloneCountLess() {
        Profiles skillsOnly = Profiles.withSkills("React", "TypeScript", "JavaScript");
        assertThat(fit("Frontend Developer", skillsOnly)).isCloseTo(RoleFit.SKILLS_STRENGTH, offset(1e-6));
        assertThat(explain("Frontend Developer", skillsOnly).evidence().getFirst().text()).isEqualTo("The job is front-end "
                + "development; your skills (React, TypeScript, JavaScript) read as front-end development (100% alike; "
                + "skills count 80%).");
    }

    @Test
    void noInformationOnEitherSideNeitherAddsNorSubtracts() {
        assertThat(fit("Deployment Strategist", Profiles.empty().targets("Backend Engineer"))).isNaN();
        assertThat(fit("Backend Engineer", Profiles.withSkills("Kafka"))).isNaN();
        assertThat(explain("Deployment Strategist", Profiles.empty().targets("Backend Engineer")).summary())
                .isEqualTo("\"Deployment Strategist\" doesn't name a kind of work we know, so the role doesn't count.");
    }

    @Test
    void evidenceNamesBothFamiliesAndTheTitleBehindIt() {
        Factor.Finding finding = explain("Account Executive", Profiles.empty().targets("Backend Developer"));
        assertThat(finding.summary()).isEqualTo(
                "Different kind of work: the job is sales and business development, your profile reads as back-end development.");
        assertThat(finding.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("mismatch");
            assertThat(e.profile()).isEqualTo("Backend Developer");
            assertThat(e.job()).isEqualTo("Account Executive");
        });
        assertThat(explain("Frontend Engineer", Profiles.empty().targets("Frontend Engineer")).evidence().getFirst().text())
                .isEqualTo("The job is front-end development; your target title \"Frontend Engineer\" reads as front-end "
                        + "development (100% alike).");
    }

    @Test
    void anUnrelatedProfessionCannotScoreHighOnSharedTools() {
        MatchScorer scorer = new MatchScorer(compiler, MatchingProperties.defaults());
        JobPosting sales = Postings.titled("Account Executive").description("Requirements: SQL, Python.")
                .skills("SQL", "Python").build();
        JobPosting backend = Postings.titled("Backend Engineer").description("Requirements: SQL, Python.")
                .skills("SQL", "Python").build();
        CompiledCandidate developer = compiler.candidate(Profiles.withSkills("SQL", "Python").targets("Backend Developer").build());
        assertThat(scorer.score(developer, compiler.job(sales)))
                .isLessThan(scorer.score(developer, compiler.job(backend)) - 40);
    }
}
