package com.careeragent.matching.tracking;

import java.time.Instant;
import java.util.List;

/** The job of a match, in the shape of an item of {@code GET /api/jobs}. */
public record MatchedJob(
        String id,
        String source,
        String sourceId,
        String title,
        String company,
        String url,
        String applyUrl,
        List<String> skills,
        Integer salaryMin,
        Integer salaryMax,
        String salaryCurrency,
        String salaryPeriod,
        boolean remote,
        String location,
        Instant postedAt,
        String status) {
}
