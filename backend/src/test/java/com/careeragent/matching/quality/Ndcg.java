package com.careeragent.matching.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/** Normalised discounted cumulative gain with graded relevance: gain 2^grade − 1, discount log2(rank + 1). */
final class Ndcg {

    private Ndcg() {
    }

    /** nDCG@k of grades listed in ranked order, against the best possible order of all grades. */
    static double at(int k, List<Integer> rankedGrades) {
        double dcg = dcg(k, rankedGrades.stream().mapToInt(Integer::intValue).toArray());
        int[] ideal = rankedGrades.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(ideal);
        for (int i = 0; i < ideal.length / 2; i++) {
            int swap = ideal[i];
            ideal[i] = ideal[ideal.length - 1 - i];
            ideal[ideal.length - 1 - i] = swap;
        }
        double best = dcg(k, ideal);
        return best == 0 ? 1 : dcg / best;
    }

    /**
     * The mean nDCG@k of shuffled orders of these grades: the score of a ranking that knows nothing. A set with
     * many relevant postings and few grades above 1 makes even a random order look good.
     */
    static double ofRandomOrder(int k, List<Integer> grades, int trials, long seed) {
        return ofRankingByKeys(k, grades, Collections.nCopies(grades.size(), 0), trials, seed);
    }

    /**
     * The mean nDCG@k, against {@code grades}, of ranking by {@code keys} (highest first) with ties in random
     * order: how well another grader's grades, which tie a lot, rank for this grader.
     */
    static double ofRankingByKeys(int k, List<Integer> grades, List<Integer> keys, int trials, long seed) {
        Random random = new Random(seed);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            positions.add(i);
        }
        double sum = 0;
        for (int t = 0; t < trials; t++) {
            Collections.shuffle(positions, random);
            List<Integer> ranked = new ArrayList<>(positions);
            ranked.sort(Comparator.comparingInt((Integer i) -> keys.get(i)).reversed());
            sum += at(k, ranked.stream().map(grades::get).toList());
        }
        return sum / trials;
    }

    private static double dcg(int k, int[] grades) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.length); i++) {
            sum += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
