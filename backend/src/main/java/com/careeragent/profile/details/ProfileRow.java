package com.careeragent.profile.details;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.careeragent.profile.parse.ParsedCv;

/** One row of {@code profiles}, JSON columns already read into records. */
public record ProfileRow(
        String fullName,
        String headline,
        String location,
        String email,
        String phone,
        String summary,
        BigDecimal yearsExperience,
        String seniority,
        List<String> targetTitles,
        List<String> preferredLocations,
        String remotePreference,
        Integer salaryExpectation,
        String salaryCurrency,
        List<ParsedCv.Language> languages,
        List<String> links,
        List<ParsedCv.Experience> experience,
        List<ParsedCv.Education> education,
        List<String> editedFields,
        Instant updatedAt) {

    public static ProfileRow empty() {
        return new ProfileRow(null, null, null, null, null, null, null, null, List.of(), List.of(), null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }
}
