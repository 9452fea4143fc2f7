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
 * Ranking quality against recruiter-style grades: 11 profiles written from the real CVs × 81 real postings,
 * each pair graded 0–3 by reading both (resources/matching-quality). Prints nDCG@10 per profile and the
 * mean, what each factor adds, and whether tuning the weights on this set would generalise
 * ({@link WeightChecks}). Needs the shared fixtures; skips without them.
 */
class MatchingQualityTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** A regression guard 0.05 below the measured mean of 0.791 (docs/QUALITY.md), not the 0.9 goal. */
    private static final double FLOOR = 0.74;

    @Test
    void rankingAgreesWithTheGrades() throws IOException {
        Path fixtures = Path.of(System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures"));
        assumeTrue(Files.isDirectory(fixtures.resolve("remoteok")), "shared fixtures not found at " + fixtures
                + " (set career-agent.shared-fixtures); skipping the matching quality evaluation");
        Labels labels = Labels.read(resource("/matching-quality/labels.csv"));
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        MatchCompiler compiler = new MatchCompiler(TaxonomyVocabulary.of(taxonomy), Clock.systemUTC());
        MatchScorer scorer = new MatchScorer(compiler, MatchingProperties.defaults());

        Map<String, FixtureJobs.Raw> raw = new FixtureJobs(fixtures).all(labels.titles());
        Map<String, CompiledJob> jobs = new LinkedHashMap<>();
        long id = 1;
        for (String key : labels.jobs()) {
            FixtureJobs.Raw job = raw.get(key);
            assertThat(job).as("fixture posting " + key).isNotNull();
            jobs.put(key, compiler.job(posting(id++, job, taxonomy)));
        }

        List<CompiledCandidate> candidates = new ArrayList<>();
        for (String profile : labels.profiles()) {
            candidates.add(compiler.candidate(candidate(profile)));
        }
        StringBuilder table = new StringBuilder("| profile | nDCG@10 | top 5 (grade) |\n|---|---|---|\n");
        double[] ndcg = new double[labels.profiles().size()];
        for (int p = 0; p < ndcg.length; p++) {
            String profile = labels.profiles().get(p);
            List<Map.Entry<String, Double>> ranked = rank(scorer, candidates.get(p), jobs);
            ndcg[p] = Ndcg.at(10, ranked.stream().map(e -> labels.grade(profile, e.getKey())).toList());
            List<String> top = ranked.subList(0, 5).stream().map(e -> "%s %.0f (%d)".formatted(
                    labels.titles().get(e.getKey()), e.getValue(), labels.grade(profile, e.getKey()))).toList();
            table.append("| %s | %.3f | %s |%n".formatted(profile, ndcg[p], String.join("; ", top)));
        }
        double mean = WeightChecks.mean(ndcg);
        table.append("| **mean** | **%.3f** | |%n".formatted(mean));
        WeightChecks checks = new WeightChecks(properties -> {
            MatchScorer variant = new MatchScorer(compiler, properties);
            double[] values = new double[candidates.size()];
            for (int p = 0; p < values.length; p++) {
                String profile = labels.profiles().get(p);
                values[p] = Ndcg.at(10, rank(variant, candidates.get(p), jobs).stream()
                        .map(e -> labels.grade(profile, e.getKey())).toList());
            }
            return values;
        }, labels.profiles());
        table.append("\n").append(checks.ablation()).append("\n").append(checks.leaveOneProfileOut());
        System.out.println(table);
        Files.writeString(Path.of("target", "matching-quality.md"), table.toString());
        assertThat(mean).as("mean nDCG@10").isGreaterThanOrEqualTo(FLOOR);
    }

    /** Every posting scored for one profile, best first (ties by key, so the order is stable). */
    private static List<Map.Entry<String, Double>> rank(MatchScorer scorer, CompiledCandidate candidate,
            Map<String, CompiledJob> jobs) {
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        jobs.forEach((key, job) -> ranked.add(Map.entry(key, scorer.score(candidate, job))));
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
