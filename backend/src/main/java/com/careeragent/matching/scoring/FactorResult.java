package com.careeragent.matching.scoring;

import java.util.List;

/**
 * A factor's share of the score. {@code weight} is the configured weight; {@code maxPoints} what the
 * factor can give once factors without information are left out (the shares are renormalised so they
 * add up to 100); {@code points = fit × maxPoints}. An uninformative factor has fit null and 0 points.
 */
public record FactorResult(String name, double points, double maxPoints, double weight, Double fit,
        boolean informative, String summary, List<Evidence> evidence) {

    public FactorResult {
        evidence = List.copyOf(evidence);
    }
}
