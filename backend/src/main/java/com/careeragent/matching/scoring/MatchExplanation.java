package com.careeragent.matching.scoring;

import java.util.List;

/** A score with every factor's points and evidence, and the required skills the profile lacks. */
public record MatchExplanation(double score, List<FactorResult> factors, List<String> missingSkills) {

    public MatchExplanation {
        factors = List.copyOf(factors);
        missingSkills = List.copyOf(missingSkills);
    }
}
