package com.careeragent.profile;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything matching needs to know about a user, as plain values. Lists are never null; a value the
 * user never gave (and the CV did not say) is null.
 *
 * @param remotePreference {@code remote}, {@code hybrid}, {@code onsite} or {@code any}
 * @param seniority        {@code intern}, {@code junior}, {@code mid}, {@code senior}, {@code lead} or {@code executive}
 */
public record ProfileSnapshot(
        String fullName,
        String headline,
        String location,
        List<String> targetTitles,
        List<String> pastTitles,
        String currentTitle,
        String seniority,
        BigDecimal yearsExperience,
        List<Skill> skills,
        List<String> preferredLocations,
        String remotePreference,
        Integer salaryExpectation,
        String salaryCurrency,
        List<Language> languages) {

    /**
     * @param name     canonical taxonomy name (or the user's own words when {@code custom})
     * @param level    {@code beginner}, {@code intermediate}, {@code advanced}, {@code expert} or null
     * @param evidence the CV line that shows it, when it came from the CV
     */
    public record Skill(String name, String level, BigDecimal years, String evidence, boolean custom) {
    }

    public record Language(String name, String level) {
    }
}
