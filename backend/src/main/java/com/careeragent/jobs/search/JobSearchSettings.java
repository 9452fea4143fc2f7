package com.careeragent.jobs.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the job search (defaults measured in docs/benchmarks/search.md).
 *
 * @param rankWindow      sort=relevance ranks this many of the newest matches of a broad query by ts_rank
 * @param sample          newest matches a search collects when they are cheap to find (within a short walk):
 *                        totals are estimated and facets counted on them when there are more matches
 * @param maxResultWindow deepest result reachable by paging (page+1)*size
 */
@Validated
@ConfigurationProperties("career-agent.search")
public record JobSearchSettings(
        @DefaultValue("60") @Min(20) @Max(10_000) int rankWindow,
        @DefaultValue("150") @Min(20) @Max(10_000) int sample,
        @DefaultValue("1000") @Min(100) @Max(10_000) int maxResultWindow) {
}
