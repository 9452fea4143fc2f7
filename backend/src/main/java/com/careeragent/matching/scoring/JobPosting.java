package com.careeragent.matching.scoring;

import java.time.Instant;
import java.util.List;

/**
 * A job as the scorer reads it: the columns of {@code jobs} that matter for fit. {@code skills} are the
 * canonical skills ingestion found in title, tags and description; {@code tags} the source's raw tags.
 *
 * @param clusterKey the duplicate cluster this posting belongs to (its own id when it has none)
 * @param salaryPeriod year, month, week, day or hour
 */
public record JobPosting(
        long id,
        long clusterKey,
        String title,
        String company,
        String location,
        boolean remote,
        List<String> regions,
        String seniority,
        Integer salaryMin,
        Integer salaryMax,
        String salaryCurrency,
        String salaryPeriod,
        Instant postedAt,
        List<String> skills,
        List<String> tags,
        String descriptionText) {

    public JobPosting {
        regions = regions == null ? List.of() : List.copyOf(regions);
        skills = skills == null ? List.of() : List.copyOf(skills);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
