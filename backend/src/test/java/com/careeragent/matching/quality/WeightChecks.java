package com.careeragent.matching.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.careeragent.matching.MatchingProperties;
import com.careeragent.matching.MatchingProperties.Weights;

/**
 * Two checks on how much the result depends on this small set. The ablation drops one factor at a time to
 * show what each contributes. The leave-one-profile-out check tunes the weights on ten profiles (a small
 * grid) and scores the eleventh: if tuning on the set generalised, the held-out mean would beat the
 * defaults; when it doesn't, the defaults are not fitted to these grades.
 */
final class WeightChecks {

    private static final String[] FACTORS = {"skills", "title", "role", "seniority", "location", "salary", "recency"};

    private final Function<MatchingProperties, double[]> ndcgPerProfile;
    private final List<String> profiles;

    WeightChecks(Function<MatchingProperties, double[]> ndcgPerProfile, List<String> profiles) {
        this.ndcgPerProfile = ndcgPerProfile;
        this.profiles = profiles;
    }

    String ablation() {
        double[] base = weights(MatchingProperties.defaults().weights());
        StringBuilder table = new StringBuilder("| without | mean nDCG@10 |\n|---|---|\n");
        table.append("| (nothing: defaults) | %.3f |%n".formatted(mean(ndcgPerProfile.apply(with(base)))));
        for (int f = 0; f < 4; f++) {
            double[] w = base.clone();
            w[f] = 0;
            table.append("| %s | %.3f |%n".formatted(FACTORS[f], mean(ndcgPerProfile.apply(with(w)))));
        }
        return table.toString();
    }

    String leaveOneProfileOut() {
        // location, salary and recency keep their product share (20 of 100): the grades ignore them, so a
        // tuning that shrank them would only exploit the rubric's blind spot
        List<double[]> grid = new ArrayList<>();
        for (double skills : new double[] {30, 35, 40, 45}) {
            for (double title : new double[] {5, 10, 15, 20}) {
                for (double seniority : new double[] {5, 10, 15, 20}) {
                    double role = 80 - skills - title - seniority;
                    if (role >= 10) {
                        grid.add(new double[] {skills, title, role, seniority, 10, 5, 5});
                    }
                }
            }
        }
        double[][] results = grid.stream().map(w -> ndcgPerProfile.apply(with(w))).toArray(double[][]::new);
        double heldOut = 0;
        java.util.Map<String, Integer> chosen = new java.util.TreeMap<>();
        for (int held = 0; held < profiles.size(); held++) {
            int best = 0;
            double bestSum = -1;
            for (int g = 0; g < grid.size(); g++) {
                double sum = Arrays.stream(results[g]).sum() - results[g][held];
                if (sum > bestSum + 1e-9) {
                    best = g;
                    bestSum = sum;
                }
            }
            heldOut += results[best][held];
            chosen.merge(label(grid.get(best)), 1, Integer::sum);
        }
        double bestOnAll = Arrays.stream(results).mapToDouble(WeightChecks::mean).max().orElse(0);
        return ("Weights tuned on 10 profiles (grid of %d), scored on the 11th: mean %.3f (chosen: %s). The same grid "
                + "tuned on all 11 profiles would report %.3f; the defaults score %.3f.%n").formatted(grid.size(),
                heldOut / profiles.size(), chosen, bestOnAll, mean(ndcgPerProfile.apply(MatchingProperties.defaults())));
    }

    private static String label(double[] w) {
        return "skills %.0f/title %.0f/role %.0f/seniority %.0f".formatted(w[0], w[1], w[2], w[3]);
    }

    private static double[] weights(Weights w) {
        return new double[] {w.skills(), w.title(), w.role(), w.seniority(), w.location(), w.salary(), w.recency()};
    }

    /** The default weights with location at 0: the ranking by what the grades judge (they ignore location). */
    static MatchingProperties withoutLocation() {
        double[] w = weights(MatchingProperties.defaults().weights());
        w[4] = 0;
        return with(w);
    }

    private static MatchingProperties with(double[] w) {
        MatchingProperties d = MatchingProperties.defaults();
        return new MatchingProperties(new Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]), d.minScore(),
                d.relatedSkillCredit(), d.niceToHaveWeight(), d.maxStoredPerUser(), d.indexRebuildInterval());
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}
