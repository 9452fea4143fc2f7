package com.careeragent.matching.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.careeragent.matching.Candidate;
import com.careeragent.matching.MatchingProperties;
import com.careeragent.matching.scoring.CompiledCandidate;
import com.careeragent.matching.scoring.CompiledJob;
import com.careeragent.matching.scoring.JobPosting;
import com.careeragent.matching.scoring.MatchCompiler;
import com.careeragent.matching.scoring.MatchScorer;
import com.careeragent.matching.scoring.SkillDictionary;

class OpenJobIndexTest {

    private final MatchCompiler compiler = new MatchCompiler(new SkillDictionary(List.of(), Optional::of, text -> Map.of()),
            Clock.systemUTC());
    private final OpenJobIndex index = new OpenJobIndex(new MatchScorer(compiler, MatchingProperties.defaults()));
    private final CompiledCandidate python = compiler.candidate(new Candidate(List.of("Backend Engineer"), null, List.of(),
            null, null, List.of(Candidate.Skill.named("Python"), Candidate.Skill.named("SQL")), List.of(), null, List.of(),
            null, null, null));

    private CompiledJob job(long id, long cluster, String title, String... skills) {
        return compiler.job(new JobPosting(id, cluster, title, "Acme", null, true, List.of(), null, null, null, null, null,
                null, List.of(skills), List.of(), null));
    }

    @Test
    void ranksBestFirstAboveTheMinimumUpToTheLimit() {
        index.replaceAll(List.of(job(1, 1, "Backend Engineer", "Python", "SQL", "Go", "Rust"),
                job(2, 2, "Backend Engineer", "Python", "SQL", "Docker"), job(3, 3, "Account Executive", "Salesforce"),
                job(4, 4, "Data Engineer", "Python", "Spark", "Airflow")));

        List<OpenJobIndex.Ranked> all = index.rank(python, 0, 10);
        assertThat(all).extracting(OpenJobIndex.Ranked::jobId).startsWith(2L, 1L).doesNotContain(3L);
        assertThat(all).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(index.rank(python, 0, 1)).hasSize(1);
        assertThat(index.rank(python, 99, 10)).isEmpty();
        assertThat(index.rankOnly(python, List.of(4L, 99L), 0)).extracting(OpenJobIndex.Ranked::jobId).containsExactly(4L);
    }

    @Test
    void replacingAClusterSwapsItsRepresentative() {
        index.replaceAll(List.of(job(1, 1, "Backend Engineer", "Python"), job(2, 2, "Data Engineer", "Python")));
        index.replace(Set.of(1L), Set.of(1L), List.of(job(5, 1, "Backend Engineer", "Python", "SQL")));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.contains(1)).isFalse();
        assertThat(index.clusterOf(5)).isEqualTo(1L);
        assertThat(index.rank(python, 0, 10)).extracting(OpenJobIndex.Ranked::jobId).containsExactlyInAnyOrder(5L, 2L);
    }
}
