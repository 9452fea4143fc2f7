package com.careeragent.matching.quality;

import java.util.List;

/**
 * nDCG@10 per profile on the tuning set (the postings the scorer and its vocabularies were written against), on
 * the two held-out sets (graded before the scorer saw them) and on all three together. The gap between the
 * tuning column and the held-out ones is what the tuning set flatters; a random order of the held-out postings
 * shows how much of a held-out number is the ranking's doing rather than the grades' (few grades above 1 make
 * nDCG easy).
 */
record HeldOutReport(List<String> profiles, double[] tuning, double[] heldOut, double[] heldOut2, double[] union,
        double[] heldOutRandom, double[] heldOut2Random) {

    String table() {
        StringBuilder table = new StringBuilder("| profile | tuning | held-out | held-out 2 | union |\n"
                + "|---|---|---|---|---|\n");
        for (int p = 0; p < profiles.size(); p++) {
            table.append(row(profiles.get(p), tuning[p], heldOut[p], heldOut2[p], union[p]));
        }
        table.append(row("**mean**", WeightChecks.mean(tuning), WeightChecks.mean(heldOut), WeightChecks.mean(heldOut2),
                WeightChecks.mean(union)));
        return table.append("%nThe same grades in random order: held-out %.3f, held-out 2 %.3f.%n".formatted(
                WeightChecks.mean(heldOutRandom), WeightChecks.mean(heldOut2Random))).toString();
    }

    private static String row(String name, double tuning, double heldOut, double heldOut2, double union) {
        return "| %s | %.3f | %.3f | %.3f | %.3f |%n".formatted(name, tuning, heldOut, heldOut2, union);
    }
}
