package com.careeragent.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class SkillFactorTest {

    private final MatchCompiler compiler = new MatchCompiler(TestVocabulary.skills(), Clock.fixed(Instant.parse("2025-09-01T12:00:00Z"), ZoneOffset.UTC));
    private final SkillFactor factor = new SkillFactor(compiler.skills(), 0.5, 0.5);

    private static final String POSTING = """
            We build payment APIs.
            Requirements:
            - 4+ years of Python
            - PostgreSQL and Kafka in production
            Nice to have:
            - Kubernetes
            Benefits:
            - Free Docker stickers
            """;

    @Test
    void requiredSkillsCountFullyNiceToHaveHalfAndBenefitsNotAtAll() {
        JobPosting job = Postings.titled("Backend Engineer").description(POSTING)
                .skills("Python", "PostgreSQL", "Kafka", "Kubernetes", "Docker").build();
        CompiledJob compiled = compiler.job(job);

        assertThat(names(compiled.required())).containsExactly("Python", "PostgreSQL", "Kafka");
        assertThat(names(compiled.preferred())).containsExactly("Kubernetes");
        // Python (1) + Kubernetes (0.5) of 3 required + 0.5 nice-to-have
        assertThat(factor.fit(compiler.candidate(Profiles.withSkills("Python", "Kubernetes").build()), compiled))
                .isCloseTo(1.5 / 3.5, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aRelatedSkillCountsPartlyAndIsNotAGap() {
        CompiledJob job = compiler.job(Postings.titled("Backend Engineer").description(POSTING)
                .skills("Python", "PostgreSQL", "Kafka").build());
        CompiledCandidate candidate = compiler.candidate(Profiles.withSkills("Python", "SQL").build());

        assertThat(factor.fit(candidate, job)).isCloseTo(1.5 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SkillFactor.missing(compiler.skills(), candidate, job)).containsExactly("Kafka");
    }

    @Test
    void aFrameworkImpliesItsLanguageButNotTheOtherWayRound() {
        JobPosting wantsReact = Postings.titled("Frontend Engineer").description("Requirements: React.").skills("React").build();
        JobPosting wantsJavaScript = Postings.titled("Frontend Engineer").description("Requirements: JavaScript.")
                .skills("JavaScript").build();
        CompiledCandidate javaScript = compiler.candidate(Profiles.withSkills("JavaScript").build());
        CompiledCandidate react = compiler.candidate(Profiles.withSkills("React").build());

        assertThat(factor.fit(javaScript, compiler.job(wantsReact))).isZero();
        assertThat(SkillFactor.missing(compiler.skills(), javaScript, compiler.job(wantsReact))).containsExactly("React");
        // half of JavaScript through React, and JavaScript is the whole main stack: the fit counts 0.5 + 0.5 × 0.5
        assertThat(factor.fit(react, compiler.job(wantsJavaScript)))
                .isCloseTo(0.5 / 3 * 0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(factor.explain(react, compiler.job(wantsJavaScript), wantsJavaScript).evidence())
                .extracting(Evidence::text).containsExactly("JavaScript (required) counts partly: you have the related React.",
                        "The job's main stack is JavaScript: you have JavaScript through a related skill, so this factor "
                                + "counts 75%.");
    }

    @Test
    void evidenceNamesTheProfileLineAndThePostingPhrase() {
        JobPosting posting = Postings.titled("Backend Engineer").description(POSTING).skills("Python", "PostgreSQL", "Kafka").build();
        CompiledCandidate candidate = compiler.candidate(Profiles.withSkills("SQL")
                .skill("python", "Built microservices in Python using FastAPI").build());

        Factor.Finding finding = factor.explain(candidate, compiler.job(posting), posting);

        assertThat(finding.summary()).isEqualTo("2 of 3 required skills (1 through a related skill)");
        assertThat(finding.evidence()).extracting(Evidence::kind).containsExactly("match", "related", "missing");
        Evidence python = finding.evidence().getFirst();
        assertThat(python.profile()).isEqualTo("python: \"Built microservices in Python using FastAPI\"");
        assertThat(python.job()).contains("4+ years of Python");
        assertThat(finding.evidence().get(1).text()).isEqualTo("PostgreSQL (required) counts partly: you have the related SQL.");
        assertThat(finding.evidence().get(2).text()).isEqualTo("Kafka (required) is not on your profile.");
        assertThat(finding.evidence().get(2).job()).contains("PostgreSQL and Kafka in production");
    }

    @Test
    void requiredLanguagesCountAsRequiredSkills() {
        JobPosting job = Postings.titled("Customer Support Specialist French Speaking")
                .description("Requirements: Fluency in English and French is mandatory. Experience with Python.")
                .skills("Python", "French").build();
        CompiledJob compiled = compiler.job(job);
        assertThat(names(compiled.languages())).containsExactly("French");
        assertThat(names(compiled.required())).containsExactly("Python");

        // two requirements, read as at least three: Python alone is 1 of 3, halved for the missing language;
        // with French 2 of 3
        CompiledCandidate silent = compiler.candidate(Profiles.withSkills("Python").build());
        assertThat(factor.fit(silent, compiled)).isCloseTo(1.0 / 6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(factor.explain(silent, compiled, job).summary())
                .isEqualTo("1 of 1 required skills, 0 of 1 required languages (a missing required language halves this factor)");
        assertThat(SkillFactor.missing(compiler.skills(), silent, compiled)).containsExactly("French");
        CompiledCandidate spanish = compiler.candidate(Profiles.withSkills("Python").languages("Spanish").build());
        assertThat(SkillFactor.missing(compiler.skills(), spanish, compiled)).containsExactly("French");
        CompiledCandidate french = compiler.candidate(Profiles.withSkills("Python").languages("French").build());
        assertThat(factor.fit(french, compiled)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SkillFactor.missing(compiler.skills(), french, compiled)).isEmpty();
    }

    @Test
    void longSkillListsSaturateAndShortOnesCantGiveAPerfectFit() {
        JobPosting many = Postings.titled("Platform Engineer").skills("Python", "Java", "Go", "JavaScript", "TypeScript",
                "React", "Node.js", "Kubernetes", "Docker", "Kafka", "AWS", "Terraform").build();
        CompiledCandidate six = compiler.candidate(Profiles.withSkills("Python", "Java", "Go", "Kubernetes", "Docker",
                "AWS").build());
        // covered share 6/12 = 0.5, core skills covered 6/6 = 1
        assertThat(factor.fit(six, compiler.job(many))).isEqualTo(0.75);
        JobPosting one = Postings.titled("Data Engineer").skills("Python").build();
        assertThat(factor.fit(six, compiler.job(one))).isCloseTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aSkillNamedOftenOrInTheTitleWeighsMore() {
        JobPosting goJob = Postings.titled("Go Engineer")
                .description("Requirements: Go services, Go tooling, a little Kafka and Redis.")
                .skills("Go", "Kafka", "Redis").build();
        CompiledJob job = compiler.job(goJob);
        // Go: 2 mentions in the text + 4 for the title; Kafka and Redis once each
        assertThat(job.requiredWeights()).containsExactly((float) (1 + Math.log(6)), 1f, 1f);
        double gopher = factor.fit(compiler.candidate(Profiles.withSkills("Go").build()), job);
        double other = factor.fit(compiler.candidate(Profiles.withSkills("Kafka", "Redis").build()), job);
        assertThat(gopher).isGreaterThan(other);
        assertThat(job.stack()).containsExactly(compiler.skills().idOf("Go"));
    }

    @Test
    void theJobsMainStackComesFirst() {
        JobPosting posting = Postings.titled("Full Stack Engineer").description("""
                Requirements:
                - React and TypeScript on the front end, React Native a plus (we love React)
                - Node.js services, Node.js tooling; PostgreSQL; Docker
                """).skills("React", "TypeScript", "Node.js", "PostgreSQL", "Docker").build();
        CompiledJob job = compiler.job(posting);
        // the test vocabulary also reads "Node.js" as its alias "node": 4 mentions against React's 3
        assertThat(names(job.stack())).containsExactly("Node.js", "React");

        CompiledCandidate javaAngular = compiler.candidate(Profiles.withSkills("Java", "TypeScript", "PostgreSQL", "Docker")
                .build());
        CompiledCandidate mern = compiler.candidate(Profiles.withSkills("React", "TypeScript", "Node.js", "Docker").build());
        double java = factor.fit(javaAngular, job);
        assertThat(java).isLessThan(0.5 * factor.fit(mern, job));
        Factor.Finding finding = factor.explain(javaAngular, job, posting);
        assertThat(finding.summary()).endsWith("; main stack Node.js and React: you have neither (counts 50%)");
        assertThat(finding.evidence()).last().satisfies(stack -> {
            assertThat(stack.kind()).isEqualTo("mismatch");
            assertThat(stack.job()).isEqualTo("Node.js and React");
        });
        CompiledCandidate half = compiler.candidate(Profiles.withSkills("React", "TypeScript").build());
        assertThat(factor.explain(half, job, posting).summary())
                .endsWith("; main stack Node.js and React: you have React but not Node.js (counts 73%)");
        assertThat(factor.explain(mern, job, posting).summary()).doesNotContain("main stack");
    }

    @Test
    void aTitleImpliesTheKindOfWorkItNames() {
        JobPosting posting = Postings.titled("Engineer").skills("Kafka", "Python").build();
        CompiledCandidate candidate = compiler.candidate(Profiles.withSkills("Go").targets("Kafka Engineer").build());
        Factor.Finding finding = factor.explain(candidate, compiler.job(posting), posting);
        assertThat(finding.evidence().getFirst().text()).isEqualTo("Kafka (required) is on your profile.");
        assertThat(finding.evidence().getFirst().profile()).isEqualTo("your title \"Kafka Engineer\"");
    }

    @Test
    void noSkillsOnEitherSideMeansNoInformation() {
        CompiledJob job = compiler.job(Postings.titled("Backend Engineer").skills("Python").build());
        assertThat(factor.fit(compiler.candidate(Profiles.empty().targets("Backend Engineer").build()), job)).isNaN();
        CompiledJob bare = compiler.job(Postings.titled("Backend Engineer").build());
        assertThat(factor.fit(compiler.candidate(Profiles.withSkills("Python").build()), bare)).isNaN();
    }

    private List<String> names(int[] ids) {
        return java.util.Arrays.stream(ids).mapToObj(compiler.skills()::name).toList();
    }
}
