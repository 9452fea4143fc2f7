package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

import com.careeragent.matching.scoring.CompiledCandidate.CompiledTitle;

/**
 * How close the job title is to the titles the person wants or has held: a weighted overlap of normalised
 * title words (related words count half), scaled by how strong that profile title is (a target title
 * counts fully, an older CV title less). Finding the profile title inside the job title matters most
 * ({@value #RECALL} of the similarity); extra words in the job title ("Internal Applications") cost less.
 */
final class TitleFactor implements Factor {

    static final double RECALL = 0.7;
    /** A job title word that names a skill the profile has ("Python" Developer) counts nearly as shared. */
    static final double SKILL_IN_TITLE = 0.75;
    private final TitleVocabulary words;

    TitleFactor(TitleVocabulary words) {
        this.words = words;
    }

    @Override
    public String name() {
        return "title";
    }

    @Override
    public double fit(CompiledCandidate candidate, CompiledJob job) {
        if (candidate.titles().length == 0 || job.titleWords().length == 0) {
            return Double.NaN;
        }
        double best = 0;
        for (CompiledTitle title : candidate.titles()) {
            best = Math.max(best, title.strength() * similarity(candidate, job, title));
        }
        return best;
    }

    static double similarity(CompiledCandidate candidate, CompiledJob job, CompiledTitle title) {
        double inProfile = 0;
        for (int i = 0; i < job.titleWords().length; i++) {
            double credit = jobWordCredit(job.titleWords()[i], title);
            int skill = job.titleSkills()[i];
            if (credit < SKILL_IN_TITLE && skill >= 0 && candidate.has(skill)) {
                credit = SKILL_IN_TITLE;
            }
            inProfile += job.titleWeights()[i] * credit;
        }
        double inJob = 0;
        for (int k = 0; k < title.words().length; k++) {
            inJob += title.weights()[k] * profileWordCredit(title.words()[k], title.related()[k], job);
        }
        return RECALL * inJob / title.total() + (1 - RECALL) * inProfile / job.titleTotal();
    }

    private static double jobWordCredit(int word, CompiledTitle title) {
        for (int own : title.words()) {
            if (own == word) {
                return 1;
            }
        }
        for (int[] related : title.related()) {
            for (int other : related) {
                if (other == word) {
                    return TitleVocabulary.RELATED_CREDIT;
                }
            }
        }
        return 0;
    }

    private static double profileWordCredit(int word, int[] related, CompiledJob job) {
        double credit = 0;
        for (int jobWord : job.titleWords()) {
            if (jobWord == word) {
                return 1;
            }
            for (int other : related) {
                if (other == jobWord) {
                    credit = TitleVocabulary.RELATED_CREDIT;
                }
            }
        }
        return credit;
    }

    @Override
    public Finding explain(CompiledCandidate candidate, CompiledJob job, JobPosting posting) {
        if (candidate.titles().length == 0) {
            return new Finding("Your profile has no target or past titles, so the title doesn't count.", List.of());
        }
        CompiledTitle best = candidate.titles()[0];
        double bestFit = -1;
        for (CompiledTitle title : candidate.titles()) {
            double fit = title.strength() * similarity(candidate, job, title);
            if (fit > bestFit) {
                best = title;
                bestFit = fit;
            }
        }
        List<String> shared = new ArrayList<>();
        for (int word : job.titleWords()) {
            if (jobWordCredit(word, best) == 1) {
                shared.add(words.word(word));
            }
        }
        String summary = shared.isEmpty()
                ? "\"" + posting.title() + "\" shares no title words with your titles."
                : "\"" + posting.title() + "\" is close to your " + best.kind() + " \"" + best.text() + "\".";
        String text = shared.isEmpty() ? "Closest of your titles: " + best.kind() + " \"" + best.text() + "\"."
                : "Shared title words: " + String.join(", ", shared) + ".";
        return new Finding(summary, List.of(new Evidence(shared.isEmpty() ? "mismatch" : "match", text,
                best.text(), posting.title())));
    }
}
