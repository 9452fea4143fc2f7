package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** True positives, false positives and false negatives of one field, comparing multisets of values. */
record FieldScore(int tp, int fp, int fn) {

    static final FieldScore ZERO = new FieldScore(0, 0, 0);

    static FieldScore compare(Collection<String> expected, Collection<String> predicted) {
        List<String> left = new ArrayList<>(expected);
        int tp = 0;
        for (String p : predicted) {
            if (left.remove(p)) {
                tp++;
            }
        }
        return new FieldScore(tp, predicted.size() - tp, left.size());
    }

    FieldScore plus(FieldScore other) {
        return new FieldScore(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
