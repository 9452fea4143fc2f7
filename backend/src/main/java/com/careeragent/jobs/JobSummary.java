package com.careeragent.jobs;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A job as lists show it: the item of {@code GET /api/jobs}, and what other modules (matches) embed.
 * Salary fields are null when the posting states none; {@code highlights} is null outside a text search.
 */
@Schema(name = "JobSummary")
public record JobSummary(
        @Schema(description = "Opaque job id") String id,
        @Schema(description = "Source the posting came from, e.g. remoteok") String source,
        String sourceId,
        String title,
        String company,
        @Schema(description = "The posting on its source (attribution link)") String url,
        @Schema(description = "Canonical apply URL") String applyUrl,
        @Schema(description = "Canonical skill names") List<String> skills,
        Integer salaryMin,
        Integer salaryMax,
        String salaryCurrency,
        @Schema(description = "Pay period as stated, e.g. year, month, hour") String salaryPeriod,
        boolean remote,
        String location,
        Instant postedAt,
        @Schema(allowableValues = {"open", "closed"}) String status,
        @Schema(description = "From the title: intern, junior, senior, staff, principal, lead, manager, director, "
                + "executive; null when the title names no level") String seniority,
        @Schema(description = "full_time, part_time, contract, internship, temporary") String employmentType,
        Highlights highlights,
        @Schema(description = "The same job on other sources (its duplicate cluster)") List<Listing> alsoOn) {

    /** Snippets with the matched terms wrapped in {@code <mark>}; everything else is HTML-escaped text. */
    @Schema(name = "JobHighlights")
    public record Highlights(String title, String description) {
    }

    /** Where else the same job is posted. */
    @Schema(name = "JobListing")
    public record Listing(String id, String source, String url, @Schema(allowableValues = {"open", "closed"}) String status) {
    }

    public JobSummary withHighlights(Highlights newHighlights) {
        return new JobSummary(id, source, sourceId, title, company, url, applyUrl, skills, salaryMin, salaryMax,
                salaryCurrency, salaryPeriod, remote, location, postedAt, status, seniority, employmentType,
                newHighlights, alsoOn);
    }

    public JobSummary withAlsoOn(List<Listing> listings) {
        return new JobSummary(id, source, sourceId, title, company, url, applyUrl, skills, salaryMin, salaryMax,
                salaryCurrency, salaryPeriod, remote, location, postedAt, status, seniority, employmentType,
                highlights, List.copyOf(listings));
    }
}
