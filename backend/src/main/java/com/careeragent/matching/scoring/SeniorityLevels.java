package com.careeragent.matching.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One scale for job and profile seniority: 0 intern, 1 junior/entry, 2 mid, 3 senior, 4 staff/lead,
 * 5 principal/director, 6 executive; -1 when unknown. "Manager" says what kind of job, not how senior.
 */
final class SeniorityLevels {

    static final int UNKNOWN = -1;
    private static final String[] NAMES = {"intern", "junior", "mid-level", "senior", "staff/lead", "principal",
            "executive"};
    private static final Map<String, Integer> LABELS = Map.ofEntries(
            Map.entry("intern", 0), Map.entry("internship", 0), Map.entry("student", 0), Map.entry("trainee", 0),
            Map.entry("werkstudent", 0), Map.entry("entry", 1), Map.entry("junior", 1), Map.entry("jr", 1),
            Map.entry("graduate", 1), Map.entry("i", 1), Map.entry("mid", 2), Map.entry("intermediate", 2),
            Map.entry("pleno", 2), Map.entry("ii", 2), Map.entry("senior", 3), Map.entry("sr", 3), Map.entry("iii", 3),
            Map.entry("staff", 4), Map.entry("lead", 4), Map.entry("head", 5), Map.entry("principal", 5),
            Map.entry("director", 5), Map.entry("executive", 6), Map.entry("vp", 6), Map.entry("chief", 6),
            Map.entry("cto", 6), Map.entry("ceo", 6));

    private static final Pattern LEVEL_SUFFIX = Pattern.compile("[- ]?level$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

    private SeniorityLevels() {
    }

    /** Level of a label such as "senior" or "mid-level". */
    static int ofLabel(String label) {
        if (label == null || label.isBlank()) {
            return UNKNOWN;
        }
        String key = label.toLowerCase(Locale.ROOT).strip();
        Integer level = LABELS.get(LEVEL_SUFFIX.matcher(key).replaceAll(""));
        return level == null ? UNKNOWN : level;
    }

    /** The highest seniority word in a title ("Senior Staff DevOps Engineer" → staff/lead). */
    static int ofTitle(String title) {
        if (title == null) {
            return UNKNOWN;
        }
        int best = UNKNOWN;
        for (String word : NON_LETTERS.split(title.toLowerCase(Locale.ROOT))) {
            Integer level = LABELS.get(word);
            if (level != null && (level > 0 || word.length() > 1) && level > best) {
                best = level;
            }
        }
        return best;
    }

    /** The level a number of years of experience usually corresponds to. */
    static int ofYears(double years) {
        if (years < 2) {
            return 1;
        }
        if (years < 5) {
            return 2;
        }
        if (years < 8) {
            return 3;
        }
        return years < 12 ? 4 : 5;
    }

    static String name(int level) {
        return level < 0 ? "unknown" : NAMES[Math.min(level, NAMES.length - 1)];
    }
}
