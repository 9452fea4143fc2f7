package com.careeragent.jobs.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import com.careeragent.jobs.JobSummary;
import com.careeragent.jobs.search.JobFacets;

/** One page of {@code GET /api/jobs}. */
@Schema(name = "JobPage")
record JobPage(
        List<JobSummary> items,
        @Schema(description = "Rows across all pages (one per duplicate cluster when collapsed)") long total,
        @Schema(description = "True when total (and facets) are estimated from the newest matches of a broad search")
        boolean totalIsEstimate,
        int page,
        int size,
        @Schema(allowableValues = {"relevance", "newest", "salary"}) String sort,
        @Schema(description = "Present when facets=true") JobFacets facets) {
}
