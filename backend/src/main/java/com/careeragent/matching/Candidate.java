package com.careeragent.matching;

import java.util.List;

/**
 * What the scorer knows about a person: the parts of a profile that matching reads. Every field may be
 * empty; a factor whose profile side is empty neither adds nor subtracts.
 *
 * @param targetTitles       titles the person wants, strongest title signal
 * @param recentTitles       job titles from the CV, most recent first
 * @param seniority          intern, entry, junior, mid, senior, staff, lead, principal, director, executive
 * @param languages          spoken languages ("Spanish"); empty = unknown, so language requirements don't count
 * @param remotePreference   remote, hybrid, onsite or any
 * @param salaryExpectation  yearly amount in {@code salaryCurrency}
 */
public record Candidate(
        List<String> targetTitles,
        String headline,
        List<String> recentTitles,
        String seniority,
        Double yearsExperience,
        List<Skill> skills,
        List<String> languages,
        String location,
        List<String> preferredLocations,
        String remotePreference,
        Integer salaryExpectation,
        String salaryCurrency) {

    public Candidate {
        targetTitles = listOf(targetTitles);
        recentTitles = listOf(recentTitles);
        skills = listOf(skills);
        languages = listOf(languages);
        preferredLocations = listOf(preferredLocations);
    }

    /** A profile skill; {@code evidence} is the CV line it came from, when known. */
    public record Skill(String name, String level, Double years, String evidence) {

        public static Skill named(String name) {
            return new Skill(name, null, null, null);
        }
    }

    /** Nothing to match on: no skills and no title of any kind. Such a profile gets no matches at all. */
    public boolean isEmpty() {
        return skills.isEmpty() && targetTitles.isEmpty() && recentTitles.isEmpty()
                && (headline == null || headline.isBlank());
    }

    private static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
    }
}
