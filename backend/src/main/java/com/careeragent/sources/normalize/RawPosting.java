package com.careeragent.sources.normalize;

import java.time.Instant;
import java.util.List;

/**
 * A posting as a connector read it, before cleaning: fields may be blank, escaped, broken or hostile.
 *
 * @param remote          {@code null} when the source does not say (the normaliser then looks at location and title)
 * @param salary          a structured salary when the source has one
 * @param salaryText      free text holding a salary (Remotive's field, Greenhouse's pay-range block)
 * @param descriptionHtml raw HTML (already un-escaped once where the source escapes it)
 * @param descriptionText plain text the source provides; used when there is no HTML
 */
public record RawPosting(
        String sourceId,
        String title,
        String company,
        String url,
        String applyUrl,
        String location,
        Boolean remote,
        List<String> regions,
        String employmentType,
        Salary salary,
        String salaryText,
        Instant postedAt,
        String descriptionHtml,
        String descriptionText,
        List<String> tags) {

    public RawPosting {
        regions = regions == null ? List.of() : regions;
        tags = tags == null ? List.of() : tags;
    }
}
