package com.careeragent.matching.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careeragent.jobs.JobSummary;
import com.careeragent.matching.scoring.Evidence;
import com.careeragent.matching.scoring.FactorResult;

class MatchProseTest {

    private final MatchViews.Match match = new MatchViews.Match("m1",
            new JobSummary("7", "remoteok", "1", "Backend Engineer", "Acme", null, null, List.of("Python", "Kafka"),
                    null, null, null, null, true, "Remote", null, "open", null, null, null, List.of()),
            72.5,
            List.of(new FactorResult("skills", 30, 50, 40, 0.6, true, "1 of 2 required skills", List.of(
                            new Evidence("match", "Python (required) is on your profile.", "Python", "5+ years of Python"),
                            new Evidence("missing", "Kafka (required) is not on your profile.", null, "Kafka in production"))),
                    new FactorResult("title", 37.5, 37.5, 30, 1.0, true, "\"Backend Engineer\" is close to your target title \"Backend Engineer\".",
                            List.of()),
                    new FactorResult("salary", 0, 0, 5, null, false, "Not counted: the posting states no salary.", List.of())),
            List.of("Kafka"), "new", null, null, Instant.EPOCH, Instant.EPOCH);

    @Test
    void offlineProseIsBuiltFromTheEvidenceAlone() {
        assertThat(OfflineAnalysis.of(match)).isEqualTo("\"Backend Engineer\" at Acme scores 73 out of 100 for you "
                + "(a good fit). Skills: 1 of 2 required skills. You bring Python. Gaps: Kafka. If you have used them, "
                + "add them to your profile; otherwise they are the ones to learn or to address in your application. "
                + "Title: \"Backend Engineer\" is close to your target title \"Backend Engineer\". Not counted for lack of "
                + "information: salary.");
    }

    @Test
    void thePromptCarriesTheScoreAndEvidenceButNoInstructionsToRescore() {
        String prompt = AnalysisPrompt.of(match);
        assertThat(prompt).contains("Job: Backend Engineer at Acme (remote, Remote)")
                .contains("Score: 73/100 (fixed; explain it, don't change it)")
                .contains("- skills: 30.0 of 50.0 points — 1 of 2 required skills")
                .contains("* Kafka (required) is not on your profile. [posting: Kafka in production]")
                .contains("- salary: not counted")
                .contains("Missing required skills: Kafka");
        assertThat(AnalysisPrompt.SYSTEM).contains("do not propose a different score");
    }
}
