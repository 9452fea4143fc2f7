package com.careeragent.jobs.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the job search (defaults measured in docs/benchmarks/search.md).
 *
 * @param rankWindow      sort=relevance ranks at most this many of the newest matches of a broad query
 * @param estimateSample  newest matches a search collects at least, to count exactly or to estimate the total
 * @param facetSample     newest matches facets are counted on when there are more
 * @param maxResultWindow deepest result reachable by paging (page+1)*size
 */
@Validated
@ConfigurationProperties("career-agent.search")
public record JobSearchSettings(
        @DefaultValue("100") @Min(20) @Max(10_000) int rankWindow,
        @DefaultValue("100") @Min(20) @Max(10_000) int estimateSample,
        @DefaultValue("200") @Min(20) @Max(10_000) int facetSample,
        @DefaultValue("1000") @Min(100) @Max(10_000) int maxResultWindow) {
}
