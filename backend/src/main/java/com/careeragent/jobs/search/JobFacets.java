package com.careeragent.jobs.search;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Counts of the current result set per facet value, largest first. When the total is an estimate the
 * counts are too: they are measured on the newest {@code sampleSize} matches and scaled to the total.
 */
@Schema(name = "JobFacets")
public record JobFacets(
        List<FacetCount> sources,
        @Schema(description = "The 20 most asked-for skills") List<FacetCount> skills,
        @Schema(description = "Values: remote, onSite") List<FacetCount> remote,
        List<FacetCount> seniority,
        List<FacetCount> employmentType,
        boolean estimated,
        @Schema(description = "How many matching jobs were counted") int sampleSize) {

    @Schema(name = "FacetCount")
    public record FacetCount(String value, long count) {
    }
}
