package com.careeragent.jobs.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Query parameters of {@code GET /api/jobs}, as the client sent them (checked by {@link JobQueryParser}). */
record JobSearchParams(
        @Parameter(description = "Web-search syntax: words, \"quoted phrases\", -excluded, or. Max 300 characters.")
        String q,
        @Parameter(description = "Only these sources (repeat or comma-separate)",
                array = @ArraySchema(schema = @Schema(allowableValues = {"remoteok", "greenhouse", "lever", "ashby",
                        "remotive", "arbeitnow", "wwr"})))
        List<String> source,
        @Parameter(description = "Jobs asking for all of these skills (canonical names or aliases)")
        List<String> skills,
        @Parameter(description = "true: remote jobs only; false: on-site/hybrid only")
        Boolean remote,
        @Parameter(description = "Location contains this text (case-insensitive)")
        String location,
        @Parameter(description = "Only jobs stating a salary whose top (per year) is at least this")
        Integer salaryMin,
        @Parameter(description = "Posted on or after: ISO date (2026-01-31) or date-time (2026-01-31T08:00:00Z)")
        String postedAfter,
        @Parameter(description = "Any of: intern, junior, senior, staff, principal, lead, manager, director, executive")
        List<String> seniority,
        @Parameter(description = "Any of: full_time, part_time, contract, internship, temporary")
        List<String> employmentType,
        @Parameter(description = "Include closed jobs (default false)")
        Boolean includeClosed,
        @Parameter(description = "One row per duplicate cluster (default true)")
        Boolean collapse,
        @Parameter(description = "relevance (default with q), newest (default without), salary",
                schema = @Schema(allowableValues = {"relevance", "newest", "salary"}))
        String sort,
        @Parameter(description = "Zero-based page (default 0)")
        Integer page,
        @Parameter(description = "Page size 1-100 (default 20)")
        Integer size,
        @Parameter(description = "Add facet counts (default false)")
        Boolean facets) {
}
