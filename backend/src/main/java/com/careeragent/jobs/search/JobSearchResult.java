package com.careeragent.jobs.search;

import java.util.List;

import com.careeragent.jobs.JobSummary;

/** One page of results; {@code total} counts collapsed rows across pages and may be an estimate. */
public record JobSearchResult(List<JobSummary> items, long total, boolean totalIsEstimate, JobSort sort,
        JobFacets facets) {
}
