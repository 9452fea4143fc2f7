package com.careeragent.profile.parse;

import java.util.List;

/**
 * A CV turned into fields. Whatever the CV does not say stays {@code null} or empty: no defaults.
 * Dates are {@code yyyy-MM} or {@code yyyy} as precise as the CV; a current position has {@code end = null}
 * and {@code current = true}.
 */
public record ParsedCv(
        String name,
        String headline,
        String email,
        String phone,
        String location,
        Double yearsExperience,
        String seniority,
        String summary,
        List<Experience> experience,
        List<Education> education,
        List<Language> languages,
        List<String> links,
        List<SkillMention> skills) {

    public ParsedCv {
        experience = experience == null ? List.of() : List.copyOf(experience);
        education = education == null ? List.of() : List.copyOf(education);
        languages = languages == null ? List.of() : List.copyOf(languages);
        links = links == null ? List.of() : List.copyOf(links);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public record Experience(String employer, String title, String location, String start, String end,
            boolean current, List<String> highlights) {

        public Experience {
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
        }
    }

    public record Education(String institution, String degree, String start, String end) {
    }

    public record Language(String name, String level) {
    }

    /**
     * @param name     canonical taxonomy name, or the CV's own words for a skill the taxonomy does not know
     * @param custom   true when the taxonomy does not know it
     * @param evidence the CV line it was found in
     */
    public record SkillMention(String name, String level, Double years, String evidence, boolean custom) {
    }
}
