package com.careeragent.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A posting in the one shape every source is normalised to. Salary fields are {@code null} unless the
 * posting states them; {@code url} is the posting on its source (attribution), {@code applyUrl} the
 * canonical application link without tracking parameters.
 *
 * @param salaryPeriod   {@code year}, {@code month}, {@code week}, {@code day} or {@code hour}
 * @param employmentType {@code full_time}, {@code part_time}, {@code contract}, {@code internship}, {@code temporary}
 * @param seniority      read from the title: {@code intern}, {@code junior}, {@code senior}, {@code staff},
 *                       {@code principal}, {@code lead}, {@code manager}, {@code director}, {@code executive}
 * @param skills         canonical skill names from the taxonomy
 */
public record NormalizedJob(
        String sourceId,
        String title,
        String company,
        String url,
        String applyUrl,
        String location,
        boolean remote,
        List<String> regions,
        String employmentType,
        String seniority,
        Integer salaryMin,
        Integer salaryMax,
        String salaryCurrency,
        String salaryPeriod,
        Instant postedAt,
        String descriptionHtml,
        String descriptionText,
        List<String> skills,
        List<String> tags) {

    public NormalizedJob {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(company, "company");
        regions = regions == null ? List.of() : List.copyOf(regions);
        skills = skills == null ? List.of() : List.copyOf(skills);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
