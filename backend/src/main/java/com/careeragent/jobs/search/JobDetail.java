package com.careeragent.jobs.search;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

import com.careeragent.jobs.JobSummary;

/** {@code GET /api/jobs/{id}}: the list item plus the description and every listing of the same job. */
@Schema(name = "JobDetail")
public record JobDetail(
        @JsonUnwrapped JobSummary job,
        @Schema(description = "Sanitized HTML of the posting") String descriptionHtml,
        String descriptionText,
        @Schema(description = "Other listings of this job (its duplicate cluster), open ones first") List<Duplicate> duplicates) {

    @Schema(name = "JobDuplicate")
    public record Duplicate(String id, String source, String sourceId, String title, String company, String url,
            String applyUrl, @Schema(allowableValues = {"open", "closed"}) String status, Instant postedAt) {
    }
}
