package com.careeragent.matching.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.careeragent.matching.scoring.Evidence;
import com.careeragent.matching.scoring.FactorResult;

/**
 * A plain-prose reading of a match's factors, written without a language model: the same input always gives
 * the same text. Used when no model is configured or the model fails.
 */
final class OfflineAnalysis {

    private static final int MAX_NAMED = 6;

    private OfflineAnalysis() {
    }

    static String of(MatchViews.Match match) {
        List<String> sentences = new ArrayList<>();
        String job = match.job() == null ? "This job" : "\"" + match.job().title() + "\" at " + match.job().company();
        sentences.add("%s scores %.0f out of 100 for you (%s).".formatted(job, match.score(), verdict(match.score())));
        factor(match, "skills").ifPresent(skills -> {
            sentences.add("Skills: " + skills.summary() + ".");
            String have = names(skills.evidence(), "match");
            if (!have.isEmpty()) {
                sentences.add("You bring " + have + ".");
            }
            String related = names(skills.evidence(), "related");
            if (!related.isEmpty()) {
                sentences.add("Related experience counts partly for " + related + ".");
            }
        });
        if (!match.missingSkills().isEmpty()) {
            sentences.add("Gaps: " + join(match.missingSkills()) + ". If you have used them, add them to your profile;"
                    + " otherwise they are the ones to learn or to address in your application.");
        }
        for (String name : List.of("title", "seniority", "location", "salary")) {
            factor(match, name).filter(FactorResult::informative)
                    .ifPresent(f -> sentences.add(capitalise(name) + ": " + sentence(f.summary())));
        }
        List<String> unknown = match.factors().stream().filter(f -> !f.informative()).map(FactorResult::name).toList();
        if (!unknown.isEmpty()) {
            sentences.add("Not counted for lack of information: " + join(unknown) + ".");
        }
        return String.join(" ", sentences);
    }

    private static java.util.Optional<FactorResult> factor(MatchViews.Match match, String name) {
        return match.factors().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    private static String names(List<Evidence> evidence, String kind) {
        List<String> names = evidence.stream().filter(e -> e.kind().equals(kind))
                .map(e -> e.text().replaceFirst(" \\(.*", "")).distinct().toList();
        return join(names);
    }

    private static String join(List<String> names) {
        List<String> shown = names.size() > MAX_NAMED ? names.subList(0, MAX_NAMED) : names;
        String text = shown.stream().collect(Collectors.joining(", "));
        return names.size() > MAX_NAMED ? text + " and " + (names.size() - MAX_NAMED) + " more" : text;
    }

    private static String verdict(double score) {
        return score >= 80 ? "a strong fit" : score >= 65 ? "a good fit" : score >= 50 ? "a partial fit" : "a weak fit";
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
