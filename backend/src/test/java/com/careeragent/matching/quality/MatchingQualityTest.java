package com.careeragent.matching.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.matching.Candidate;
import com.careeragent.matching.MatchingProperties;
import com.careeragent.matching.TaxonomyVocabulary;
import com.careeragent.matching.scoring.CompiledCandidate;
import com.careeragent.matching.scoring.CompiledJob;
import com.careeragent.matching.scoring.JobPosting;
import com.careeragent.matching.scoring.MatchCompiler;
import com.careeragent.matching.scoring.MatchScorer;
import com.careeragent.skills.SkillTaxonomy;

/**
 * Ranking quality against recruiter-style grades: 11 profiles written from the real CVs × 81 real postings
 * the scorer was tuned on, plus two held-out sets (44 and 99 postings) graded before the scorer saw them, each
 * pair graded 0–3 by reading both (resources/matching-quality). Prints nDCG@10 per profile and the mean for each
 * set and all together, with and without location (which the grades ignore), what each factor adds, and
 * whether tuning the weights would generalise ({@link WeightChecks}, {@link HeldOutReport}), and how a second,
 * independent grading of the tuning set agrees with the first ({@link GraderAgreement}). Needs the shared
 * fixtures; skips without them.
 */
class MatchingQualityTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** A regression guard 0.05 below the measured mean of 0.870 (docs/QUALITY.md), not the 0.9 goal. */
    private static final double FLOOR = 0.82;
    /**
     * Loose guards 0.1 below the held-out means (0.847 and 0.718) and far above a random order's (0.23 and
     * 0.11): they catch a scorer that stops generalising, not noise. Both sets have been looked at since they
     * were first scored (docs/QUALITY.md says when), so they no longer prove generalisation by themselves.
     */
    private static final double HELD_OUT_FLOOR = 0.74;
    private static final double HELD_OUT_2_FLOOR = 0.61;

    @Test
    void rankingAgreesWithTheGrades() throws IOException {
        Path fixtures = Path.of(System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures"));
        assumeTrue(Files.isDirectory(fixtures.resolve("remoteok")), "shared fixtures not found at " + fixtures
                + " (set career-agent.shared-fixtures); skipping the matching quality evaluation");
        Labels tuning = Labels.read(resource("/matching-quality/labels.csv"));
        Labels heldOut = Labels.read(resource("/matching-quality/heldout-labels.csv"));
        Labels heldOut2 = Labels.read(resource("/matching-quality/heldout2-labels.csv"));
        Labels union = tuning.plus(heldOut).plus(heldOut2);
        Labels secondGrader = Labels.read(resource("/matching-quality/labels-second-grader.csv"));
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        MatchCompiler compiler = new MatchCompiler(TaxonomyVocabulary.of(taxonomy), Clock.systemUTC());
        MatchScorer scorer = new MatchScorer(compiler, MatchingProperties.defaults());

        Map<String, FixtureJobs.Raw> raw = new FixtureJobs(fixtures).all(union.titles());
        Map<String, CompiledJob> jobs = new LinkedHashMap<>();
        long id = 1;
        for (String key : union.jobs()) {
            FixtureJobs.Raw job = raw.get(key);
            assertThat(job).as("fixture posting " + key).isNotNull();
            jobs.put(key, compiler.job(posting(id++, job, taxonomy)));
        }
        List<CompiledCandidate> candidates = new ArrayList<>();
        for (String profile : union.profiles()) {
            candidates.add(compiler.candidate(candidate(profile)));
        }

        double[] tuningNdcg = ndcg(scorer, candidates, tuning, jobs);
        double[] heldOutNdcg = ndcg(scorer, candidates, heldOut, jobs);
        double[] heldOut2Ndcg = ndcg(scorer, candidates, heldOut2, jobs);
        double[] unionNdcg = ndcg(scorer, candidates, union, jobs);
        MatchScorer fitOnly = new MatchScorer(compiler, WeightChecks.withoutLocation());
        WeightChecks checks = new WeightChecks(
                properties -> ndcg(new MatchScorer(compiler, properties), candidates, tuning, jobs), tuning.profiles());
        String report = "## Tuning set (labels.csv)\n\n" + topFive(scorer, candidates, tuning, jobs, tuningNdcg)
                + "\n" + checks.ablation() + "\n" + checks.leaveOneProfileOut()
                + "\n## Held-out set (heldout-labels.csv)\n\n" + topFive(scorer, candidates, heldOut, jobs, heldOutNdcg)
                + "\n" + new WeightChecks(properties -> ndcg(new MatchScorer(compiler, properties), candidates, heldOut,
                        jobs), heldOut.profiles()).ablation()
                + "\n## Held-out set 2 (heldout2-labels.csv)\n\n" + topFive(scorer, candidates, heldOut2, jobs, heldOut2Ndcg)
                + "\n## All sets\n\n" + new HeldOutReport(union.profiles(), tuningNdcg, heldOutNdcg, heldOut2Ndcg,
                        unionNdcg, randomOrder(heldOut), randomOrder(heldOut2)).table()
                + "\n" + fitOnlyTable(List.of(tuningNdcg, heldOutNdcg, heldOut2Ndcg, unionNdcg), List.of(
                        ndcg(fitOnly, candidates, tuning, jobs), ndcg(fitOnly, candidates, heldOut, jobs),
                        ndcg(fitOnly, candidates, heldOut2, jobs), ndcg(fitOnly, candidates, union, jobs)))
                + "\n## Two graders of the tuning set (labels-second-grader.csv)\n\n" + new GraderAgreement(tuning,
                        secondGrader).table(tuningNdcg, ndcg(scorer, candidates, secondGrader, jobs));
        System.out.println(report);
        Files.writeString(Path.of("target", "matching-quality.md"), report);
        assertThat(WeightChecks.mean(tuningNdcg)).as("mean nDCG@10 on the tuning set").isGreaterThanOrEqualTo(FLOOR);
        assertThat(WeightChecks.mean(heldOutNdcg)).as("mean nDCG@10 on the held-out set")
                .isGreaterThanOrEqualTo(HELD_OUT_FLOOR);
        assertThat(WeightChecks.mean(heldOut2Ndcg)).as("mean nDCG@10 on the second held-out set")
                .isGreaterThanOrEqualTo(HELD_OUT_2_FLOOR);
    }

    /** Means with the shipped weights and with location left out, which the grades don't judge. */
    private static String fitOnlyTable(List<double[]> full, List<double[]> fitOnly) {
        StringBuilder table = new StringBuilder("| set | shipped weights | without location |\n|---|---|---|\n");
        List<String> names = List.of("tuning", "held-out", "held-out 2", "union");
        for (int i = 0; i < names.size(); i++) {
            table.append("| %s | %.3f | %.3f |%n".formatted(names.get(i), WeightChecks.mean(full.get(i)),
                    WeightChecks.mean(fitOnly.get(i))));
        }
        return table.toString();
    }

    private static double[] randomOrder(Labels labels) {
        return labels.profiles().stream().mapToDouble(profile -> Ndcg.ofRandomOrder(10,
                labels.jobs().stream().map(job -> labels.grade(profile, job)).toList(), 2000, 42)).toArray();
    }

    /** nDCG@10 of every profile's ranking of the postings one label set grades. */
    private static double[] ndcg(MatchScorer scorer, List<CompiledCandidate> candidates, Labels labels,
            Map<String, CompiledJob> jobs) {
        double[] ndcg = new double[candidates.size()];
        for (int p = 0; p < ndcg.length; p++) {
            String profile = labels.profiles().get(p);
            ndcg[p] = Ndcg.at(10, rank(scorer, candidates.get(p), labels, jobs).stream()
                    .map(e -> labels.grade(profile, e.getKey())).toList());
        }
        return ndcg;
    }

    private static String topFive(MatchScorer scorer, List<CompiledCandidate> candidates, Labels labels,
            Map<String, CompiledJob> jobs, double[] ndcg) {
        StringBuilder table = new StringBuilder("| profile | nDCG@10 | top 5 (grade) |\n|---|---|---|\n");
        for (int p = 0; p < ndcg.length; p++) {
            String profile = labels.profiles().get(p);
            List<String> top = rank(scorer, candidates.get(p), labels, jobs).subList(0, 5).stream().map(e -> "%s %.0f (%d)"
                    .formatted(labels.titles().get(e.getKey()), e.getValue(), labels.grade(profile, e.getKey()))).toList();
            table.append("| %s | %.3f | %s |%n".formatted(profile, ndcg[p], String.join("; ", top)));
        }
        return table.append("| **mean** | **%.3f** | |%n".formatted(WeightChecks.mean(ndcg))).toString();
    }

    /** The postings of one label set scored for one profile, best first (ties by key, so the order is stable). */
    private static List<Map.Entry<String, Double>> rank(MatchScorer scorer, CompiledCandidate candidate, Labels labels,
            Map<String, CompiledJob> jobs) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        labels.jobs().forEach(key -> ranked.add(Map.entry(key, scorer.score(candidate, jobs.get(key)))));
        ranked.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return ranked;
    }

    private static JobPosting posting(long id, FixtureJobs.Raw job, SkillTaxonomy taxonomy) {
        Set<String> skills = new LinkedHashSet<>(taxonomy.extract(job.title() + "\n" + job.text()));
        skills.addAll(taxonomy.fromTags(job.tags()));
        // the fixtures are months apart: dates would only add noise to a relevance evaluation
        return new JobPosting(id, id, job.title(), job.company(), job.location(), job.remote(), job.regions(), null,
                job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod(), null, List.copyOf(skills),
                job.tags(), job.text());
    }

    private static Candidate candidate(String profile) throws IOException {
        return JSON.readValue(resource("/matching-quality/profiles/" + profile + ".json"), Candidate.class);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = MatchingQualityTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
