package com.careeragent.jobs.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import com.careeragent.jobs.JobSummary;
import com.careeragent.jobs.JobsApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search that stops early (more matches than it collects) says its total is an estimate, still shows the
 * right page, and ranks within its window. Small windows stand in for a million jobs here.
 */
class JobSearchEstimateTest extends JobsApiTest {

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JobRows rows;

    @Autowired
    LexemeFrequencies lexemes;

    @Autowired
    QueryTexts texts;

    @Test
    void broadSearchesEstimateTheirTotalAndSayso() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 60; i++) {
            jobs.job("Widget Engineer " + i).postedAt(now.minus(i, ChronoUnit.HOURS)).insert();
        }
        jdbc.sql("ANALYZE jobs").update();
        JobSearch small = new JobSearch(jdbc, transactions, rows, texts, lexemes, new JobSearchSettings(20, 20, 1000));

        JobSearchResult result = small.search(query(JobSort.NEWEST, 1, false));
        assertThat(result.totalIsEstimate()).isTrue();
        assertThat(result.total()).isGreaterThanOrEqualTo(20);
        assertThat(result.items()).extracting(JobSummary::title)
                .containsExactly("Widget Engineer 10", "Widget Engineer 11", "Widget Engineer 12",
                        "Widget Engineer 13", "Widget Engineer 14", "Widget Engineer 15", "Widget Engineer 16",
                        "Widget Engineer 17", "Widget Engineer 18", "Widget Engineer 19");

        JobSearchResult facets = small.search(query(JobSort.RELEVANCE, 0, true));
        assertThat(facets.facets().estimated()).isTrue();
        assertThat(facets.facets().sampleSize()).isEqualTo(20);
        assertThat(facets.items()).hasSize(10);

        JobSearchResult exact = new JobSearch(jdbc, transactions, rows, texts, lexemes, new JobSearchSettings(100, 100, 1000))
                .search(query(JobSort.NEWEST, 0, false));
        assertThat(exact.totalIsEstimate()).isFalse();
        assertThat(exact.total()).isEqualTo(60);
    }

    private JobQuery query(JobSort sort, int page, boolean facets) {
        return new JobQuery("widget", List.of(), List.of(), null, jobs.marker(), null, null, List.of(), List.of(),
                false, true, sort, page, 10, facets);
    }
}
