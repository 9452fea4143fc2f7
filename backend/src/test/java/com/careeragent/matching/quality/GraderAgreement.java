package com.careeragent.matching.quality;

import java.util.List;

/**
 * How far two graders of the same pairs agree, and what that means for nDCG: ranking the postings by the
 * second grader's grades (ties in random order) and scoring that ranking against the first grader's grades
 * shows what a ranker that agrees with a careful human reaches. It is the ceiling to read the scorer's
 * number against, and the same in the other direction.
 */
record GraderAgreement(Labels first, Labels second) {

    private static final int TRIALS = 500;

    GraderAgreement {
        if (!first.profiles().equals(second.profiles()) || first.jobs().size() != second.jobs().size()
                || !first.titles().keySet().equals(second.titles().keySet())) {
            throw new IllegalArgumentException("the two graders must grade the same postings for the same profiles");
        }
    }

    /** nDCG@10 per profile of ranking by {@code keys}' grades, scored against {@code truth}'s grades. */
    double[] ndcgOfRankingBy(Labels keys, Labels truth) {
        double[] ndcg = new double[truth.profiles().size()];
        for (int p = 0; p < ndcg.length; p++) {
            String profile = truth.profiles().get(p);
            List<Integer> grades = truth.jobs().stream().map(job -> truth.grade(profile, job)).toList();
            List<Integer> order = truth.jobs().stream().map(job -> keys.grade(profile, job)).toList();
            ndcg[p] = Ndcg.ofRankingByKeys(10, grades, order, TRIALS, 42);
        }
        return ndcg;
    }

    /** The share of pairs both graders graded the same, and within one grade. */
    double[] agreement() {
        int same = 0;
        int withinOne = 0;
        int pairs = 0;
        for (String profile : first.profiles()) {
            for (String job : first.jobs()) {
                int difference = Math.abs(first.grade(profile, job) - second.grade(profile, job));
                same += difference == 0 ? 1 : 0;
                withinOne += difference <= 1 ? 1 : 0;
                pairs++;
            }
        }
        return new double[] {(double) same / pairs, (double) withinOne / pairs};
    }

    /** Cohen's kappa with quadratic weights: 1 is full agreement, 0 what chance gives. */
    double quadraticKappa() {
        double[][] observed = new double[4][4];
        double n = 0;
        for (String profile : first.profiles()) {
            for (String job : first.jobs()) {
                observed[first.grade(profile, job)][second.grade(profile, job)]++;
                n++;
            }
        }
        double[] rows = new double[4];
        double[] columns = new double[4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                rows[i] += observed[i][j];
                columns[j] += observed[i][j];
            }
        }
        double disagreement = 0;
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double weight = (i - j) * (i - j) / 9.0;
                disagreement += weight * observed[i][j] / n;
                expected += weight * rows[i] * columns[j] / (n * n);
            }
        }
        return 1 - disagreement / expected;
    }

    /** The report's table: the scorer and each grader's order, against each grader. */
    String table(double[] scorerVsFirst, double[] scorerVsSecond) {
        double[] secondVsFirst = ndcgOfRankingBy(second, first);
        double[] firstVsSecond = ndcgOfRankingBy(first, second);
        StringBuilder table = new StringBuilder("| profile | scorer, graded by 1 | grader 2's order, graded by 1 "
                + "| scorer, graded by 2 | grader 1's order, graded by 2 |\n|---|---|---|---|---|\n");
        for (int p = 0; p < scorerVsFirst.length; p++) {
            table.append("| %s | %.3f | %.3f | %.3f | %.3f |%n".formatted(first.profiles().get(p), scorerVsFirst[p],
                    secondVsFirst[p], scorerVsSecond[p], firstVsSecond[p]));
        }
        table.append("| **mean** | **%.3f** | **%.3f** | **%.3f** | **%.3f** |%n".formatted(WeightChecks.mean(scorerVsFirst),
                WeightChecks.mean(secondVsFirst), WeightChecks.mean(scorerVsSecond), WeightChecks.mean(firstVsSecond)));
        double[] agreement = agreement();
        return table.append("%nThe graders give the same grade to %.0f%% of the pairs and grades at most one apart to %.0f%%; "
                .formatted(100 * agreement[0], 100 * agreement[1])
                + "quadratic-weighted kappa %.2f.%n".formatted(quadraticKappa())).toString();
    }
}
