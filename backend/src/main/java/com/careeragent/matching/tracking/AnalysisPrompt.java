package com.careeragent.matching.tracking;

import java.util.List;

import com.careeragent.matching.scoring.Evidence;
import com.careeragent.matching.scoring.FactorResult;

/** The prompt for a match analysis: the computed factors and their evidence, nothing else about the person. */
final class AnalysisPrompt {

    static final String SYSTEM = """
            You explain to a job seeker how well one job fits them. You get a score that Career Agent computed
            and the evidence behind each factor. Use only these facts: do not invent skills, experience or
            requirements, and do not propose a different score. Write 120 to 200 words of plain prose, no
            headings or lists: first the overall fit, then the strengths, then the gaps and what to do about
            them (learn, show existing experience, or address them in the application).""";
    private static final int MAX_EVIDENCE = 12;

    private AnalysisPrompt() {
    }

    static String of(MatchViews.Match match) {
        StringBuilder prompt = new StringBuilder();
        if (match.job() != null) {
            prompt.append("Job: ").append(match.job().title()).append(" at ").append(match.job().company());
            prompt.append(match.job().remote() ? " (remote" : " (on site").append(match.job().location() == null ? ")"
                    : ", " + match.job().location() + ")").append('\n');
        }
        prompt.append("Score: %.0f/100 (fixed; explain it, don't change it)%n".formatted(match.score()));
        for (FactorResult factor : match.factors()) {
            prompt.append("- ").append(factor.name()).append(": ");
            prompt.append(factor.informative() ? "%.1f of %.1f points".formatted(factor.points(), factor.maxPoints())
                    : "not counted").append(" — ").append(factor.summary()).append('\n');
            List<Evidence> evidence = factor.evidence();
            for (Evidence item : evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()))) {
                prompt.append("    * ").append(item.text());
                if (item.job() != null) {
                    prompt.append(" [posting: ").append(item.job()).append(']');
                }
                prompt.append('\n');
            }
        }
        if (!match.missingSkills().isEmpty()) {
            prompt.append("Missing required skills: ").append(String.join(", ", match.missingSkills())).append('\n');
        }
        return prompt.toString();
    }
}
