package com.careeragent.matching.scoring;

import com.careeragent.matching.Candidate;

/**
 * A profile compiled once per ranking: skill bitsets, title word ids, role families, level, places, salary,
 * and today's date.
 */
public record CompiledCandidate(
        Candidate source,
        long[] skills,
        long[] related,
        java.util.Map<Integer, String> impliedBy,
        CompiledTitle[] titles,
        RoleFit roles,
        int level,
        double years,
        int[] home,
        int[] wanted,
        RemotePreference remote,
        long salary,
        int currency,
        long today) {

    public boolean hasSkills() {
        return !source.skills().isEmpty() || !impliedBy.isEmpty();
    }

    boolean has(int skill) {
        return contains(skills, skill);
    }

    boolean hasRelated(int skill) {
        return contains(related, skill);
    }

    static boolean contains(long[] bits, int id) {
        int word = id >>> 6;
        return word < bits.length && (bits[word] & (1L << id)) != 0;
    }

    /** One of the profile's titles (target, headline or from the CV) as weighted word ids. */
    record CompiledTitle(String text, String kind, float strength, int[] words, float[] weights, float total,
            int[][] related) {
    }

    enum RemotePreference {
        REMOTE, HYBRID, ONSITE, ANY, UNKNOWN;

        static RemotePreference of(String value) {
            if (value == null || value.isBlank()) {
                return UNKNOWN;
            }
            String v = value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
            return switch (v) {
                case "remote", "remoteonly", "fullyremote" -> REMOTE;
                case "hybrid" -> HYBRID;
                case "onsite", "office", "inoffice" -> ONSITE;
                case "any", "flexible", "open", "noprefer", "nopreference" -> ANY;
                default -> UNKNOWN;
            };
        }
    }
}
