package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.careeragent.matching.MatchingProperties;

class MatchScorerTest {

    private static final Instant NOW = Instant.parse("2025-09-01T12:00:00Z");
    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final MatchScorer scorer = new MatchScorer(compiler, MatchingProperties.defaults());

    private final JobPosting posting = Postings.titled("Senior Backend Engineer").seniority("senior")
            .description("Requirements: 5+ years of Python, PostgreSQL, Kafka.").skills("Python", "PostgreSQL", "Kafka")
            .remote().salary(120_000, 150_000, "USD", "year").postedAt(NOW).build();

    @Test
    void anEmptyProfileScoresNothing() {
        CompiledCandidate empty = compiler.candidate(Profiles.empty().location("Berlin", "remote").salary(90_000, "USD").build());
        assertThat(scorer.score(empty, compiler.job(posting))).isZero();
        MatchExplanation explanation = scorer.explain(empty, compiler.job(posting), posting);
        assertThat(explanation.factors()).allSatisfy(f -> assertThat(f.points()).isZero());
    }

    @Test
    void aFactorWithoutInformationNeitherAddsNorSubtracts() {
        Profiles base = Profiles.withSkills("Python", "PostgreSQL", "Kafka").targets("Backend Engineer")
                .seniority("senior", 6.0);
        double without = scorer.score(compiler.candidate(base.build()), compiler.job(posting));
        double withGoodSalary = scorer.score(compiler.candidate(base.salary(100_000, "USD").build()), compiler.job(posting));
        assertThat(without).isEqualTo(100.0);
        assertThat(withGoodSalary).isEqualTo(100.0);
        double withHighSalary = scorer.score(compiler.candidate(base.salary(400_000, "USD").build()), compiler.job(posting));
        assertThat(withHighSalary).isLessThan(100.0);
    }

    @Test
    void pointsAddUpToTheScoreAndExplainAgreesWithScore() {
        CompiledCandidate candidate = compiler.candidate(Profiles.withSkills("Python", "SQL").targets("Data Engineer")
                .seniority("mid", 3.0).location("Austin, TX", null).build());
        CompiledJob job = compiler.job(posting);
        MatchExplanation explanation = scorer.explain(candidate, job, posting);

        assertThat(explanation.score()).isEqualTo(scorer.score(candidate, job));
        assertThat(explanation.factors().stream().mapToDouble(FactorResult::points).sum())
                .isCloseTo(explanation.score(), offset(0.05));
        assertThat(explanation.factors().stream().filter(FactorResult::informative).mapToDouble(FactorResult::maxPoints).sum())
                .isCloseTo(100, offset(0.05));
        assertThat(explanation.factors()).extracting(FactorResult::name)
                .containsExactly("skills", "title", "role", "seniority", "location", "salary", "recency");
        FactorResult salary = explanation.factors().get(5);
        assertThat(salary.informative()).isFalse();
        assertThat(salary.summary()).isEqualTo("Not counted: your profile states no salary expectation.");
        assertThat(explanation.missingSkills()).containsExactly("Kafka");
    }

    @Test
    void aPostingWeCanReadLittleOfDoesNotScoreOnLocationAlone() {
        // no skills we know, a title that shares nothing: the only other information is that it is remote
        JobPosting unreadable = Postings.titled("Insurance Producer").remote().build();
        CompiledCandidate engineer = compiler.candidate(Profiles.withSkills("Python", "Kafka").targets("Backend Engineer")
                .location("Berlin", "remote").build());
        MatchExplanation explanation = scorer.explain(engineer, compiler.job(unreadable), unreadable);

        // the title's 0 keeps all the fit factors' weight (80) instead of handing it to location (10): 10/90
        assertThat(explanation.score()).isCloseTo(11.11, offset(0.01));
        FactorResult title = explanation.factors().get(1);
        assertThat(title.maxPoints()).isCloseTo(88.89, offset(0.01));
        assertThat(explanation.factors().get(4).points()).isCloseTo(11.11, offset(0.01));
    }
}
