package com.careeragent.matching.quality;

import java.util.List;

/**
 * nDCG@10 per profile on the tuning set (the postings the scorer and its role vocabulary were written against),
 * on held-out postings graded before the scorer ever saw them, and on both together. The gap between the first
 * two columns is what the tuning set flatters.
 */
record HeldOutReport(List<String> profiles, double[] tuning, double[] heldOut, double[] union) {

    String table() {
        StringBuilder table = new StringBuilder("| profile | tuning | held-out | difference | union |\n|---|---|---|---|---|\n");
        for (int p = 0; p < profiles.size(); p++) {
            table.append(row(profiles.get(p), tuning[p], heldOut[p], union[p]));
        }
        table.append(row("**mean**", WeightChecks.mean(tuning), WeightChecks.mean(heldOut), WeightChecks.mean(union)));
        return table.toString();
    }

    private static String row(String name, double tuning, double heldOut, double union) {
        return "| %s | %.3f | %.3f | %+.3f | %.3f |%n".formatted(name, tuning, heldOut, heldOut - tuning, union);
    }
}
