package com.careeragent.jobs.catalog;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Are two descriptions the same text? Overlap coefficient of word 3-shingles, |A∩B| / min(|A|,|B|), so a
 * board's teaser that is the start of the full text on another board still counts as the same.
 */
final class TextOverlap {

    /** Texts this short say too little to tell jobs apart: company and title decide alone. */
    static final int MIN_WORDS = 30;
    static final double SAME_JOB = 0.5;

    private TextOverlap() {
    }

    static boolean sameJob(String a, String b) {
        Set<String> left = shingles(a);
        Set<String> right = shingles(b);
        if (left.size() < MIN_WORDS || right.size() < MIN_WORDS) {
            return true;
        }
        Set<String> smaller = left.size() <= right.size() ? left : right;
        Set<String> larger = smaller == left ? right : left;
        long shared = smaller.stream().filter(larger::contains).count();
        return (double) shared / smaller.size() >= SAME_JOB;
    }

    static Set<String> shingles(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + 2 < words.length; i++) {
            if (!words[i].isEmpty()) {
                shingles.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
            }
        }
        return shingles;
    }
}
