package com.careeragent.profile.details;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The whole editable profile (PUT replaces it): send back what {@code GET /api/profile} returned, with
 * corrections. Fields whose value changes are remembered as edited by hand. A missing list is empty;
 * a missing value is cleared.
 */
public record ProfileUpdate(
        @Size(max = 120) String fullName,
        @Size(max = 200) String headline,
        @Size(max = 120) String location,
        @Email @Size(max = 254) String email,
        @Size(max = 40) @Pattern(regexp = "[+()0-9 ./-]*", message = "may contain only digits, spaces and + ( ) . / -") String phone,
        @Size(max = 4000) String summary,
        @DecimalMin("0") @DecimalMax("70") BigDecimal yearsExperience,
        @Pattern(regexp = "intern|junior|mid|senior|lead|executive") String seniority,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> targetTitles,
        @Size(max = 20) List<@NotBlank @Size(max = 120) String> preferredLocations,
        @Pattern(regexp = "remote|hybrid|onsite|any") String remotePreference,
        @Min(0) @Max(10_000_000) Integer salaryExpectation,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR or USD") String salaryCurrency,
        @Size(max = 20) List<@Valid SpokenLanguage> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> links,
        @Size(max = 50) List<@Valid Position> experience,
        @Size(max = 20) List<@Valid School> education) {

    public record SpokenLanguage(@NotBlank @Size(max = 40) String name, @Size(max = 40) String level) {
    }

    public record Position(@Size(max = 200) String employer, @Size(max = 200) String title, @Size(max = 120) String location,
            @Pattern(regexp = "\\d{4}(-\\d{2})?") String start, @Pattern(regexp = "\\d{4}(-\\d{2})?") String end,
            boolean current, @Size(max = 30) List<@Size(max = 1000) String> highlights) {
    }

    public record School(@Size(max = 200) String institution, @Size(max = 200) String degree,
            @Pattern(regexp = "\\d{4}(-\\d{2})?") String start, @Pattern(regexp = "\\d{4}(-\\d{2})?") String end) {
    }
}
