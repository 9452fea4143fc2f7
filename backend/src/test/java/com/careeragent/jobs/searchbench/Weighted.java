package com.careeragent.jobs.searchbench;

import java.util.List;
import java.util.SplittableRandom;

/** Picks items with given relative weights in O(log n) (cumulative table + binary search). */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    Weighted(List<T> items, double[] weights) {
        if (items.size() != weights.length || items.isEmpty()) {
            throw new IllegalArgumentException("items and weights must match and not be empty");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    /** Zipf-like weights 1/(rank+offset)^exponent: a few items are everywhere, most are rare. */
    static <T> Weighted<T> zipf(List<T> items, double exponent, double offset) {
        double[] weights = new double[items.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / Math.pow(i + offset, exponent);
        }
        return new Weighted<>(items, weights);
    }

    static <T> Weighted<T> uniform(List<T> items) {
        double[] weights = new double[items.size()];
        java.util.Arrays.fill(weights, 1.0);
        return new Weighted<>(items, weights);
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < target) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return items.get(low);
    }

    int size() {
        return items.size();
    }

    /** The item of this popularity rank (0 = most frequent). */
    T item(int rank) {
        return items.get(rank);
    }
}
