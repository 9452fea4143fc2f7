package com.careeragent.matching.quality;

import java.util.List;

/**
 * nDCG@10 per profile on the tuning set (the postings the scorer and its role vocabulary were written against),
 * on held-out postings graded before the scorer ever saw them, and on both together. The gap between the first
 * two columns is what the tuning set flatters; a random order of the held-out postings shows how much of a
 * held-out number is the ranking's doing rather than the grades' (few grades above 1 make nDCG easy).
 */
record HeldOutReport(List<String> profiles, double[] tuning, double[] heldOut, double[] heldOutRandom, double[] union) {

    String table() {
        StringBuilder table = new StringBuilder("| profile | tuning | held-out | held-out, random order | union |\n"
                + "|---|---|---|---|---|\n");
        for (int p = 0; p < profiles.size(); p++) {
            table.append(row(profiles.get(p), tuning[p], heldOut[p], heldOutRandom[p], union[p]));
        }
        table.append(row("**mean**", WeightChecks.mean(tuning), WeightChecks.mean(heldOut),
                WeightChecks.mean(heldOutRandom), WeightChecks.mean(union)));
        return table.toString();
    }

    private static String row(String name, double tuning, double heldOut, double random, double union) {
        return "| %s | %.3f | %.3f | %.3f | %.3f |%n".formatted(name, tuning, heldOut, random, union);
    }
}
