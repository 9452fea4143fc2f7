package com.careeragent.jobs.searchbench;

import java.time.Instant;
import java.util.List;

/** One generated posting, shaped like a row of the {@code jobs} table. */
record SyntheticJob(String source, String sourceId, String title, String company, String url, String applyUrl,
        String location, boolean remote, List<String> regions, String employmentType, String seniority,
        Integer salaryMin, Integer salaryMax, String salaryCurrency, String salaryPeriod, Instant postedAt,
        String descriptionHtml, String descriptionText, List<String> skills, List<String> tags,
        String contentHash, String fingerprint, Long clusterId, String status, Instant firstSeenAt,
        Instant lastSeenAt, Instant closedAt) {
}
