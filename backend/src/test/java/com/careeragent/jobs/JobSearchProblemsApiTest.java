package com.careeragent.jobs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad parameters are 400 problems (never 500s); unknown jobs are 404 problems. */
class JobSearchProblemsApiTest extends JobsApiTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sort           | popularity
            page           | -1
            page           | abc
            page           | 99999999999
            size           | 10000
            size           | 0
            size           | -5
            postedAfter    | yesterday
            postedAfter    | 2026-13-45
            postedAfter    | +999999999-01-01T00:00:00Z
            source         | linkedin
            remote         | maybe
            salaryMin      | -1
            salaryMin      | lots
            seniority      | <b>
            includeClosed  | perhaps
            """)
    void badParametersAreProblem400(String name, String value) {
        assertProblem400(search(name, value));
    }

    @Test
    void tooLongOrBinaryQueriesAreProblem400() {
        assertProblem400(search("q", "java ".repeat(1024)));
        assertProblem400(search("q", "java\u0000"));
        assertProblem400(search("location", "x".repeat(101)));
        assertProblem400(search("page", "100", "size", "20"));
    }

    @Test
    void unknownOrMalformedJobIdsAreProblem404() {
        Http.Response missing = get("/api/jobs/999999999999", h -> { });
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
        assertThat(get("/api/jobs/not-a-number", h -> { }).status()).isEqualTo(404);
    }

    @Test
    void skillSuggestionsRejectEmptyAndHugeInput() {
        assertProblem400(get("/api/skills/suggest", h -> { }, "q", " "));
        assertProblem400(get("/api/skills/suggest", h -> { }, "q", "k".repeat(51)));
        assertProblem400(get("/api/skills/suggest", h -> { }, "q", "kube", "limit", "0"));
        assertProblem400(get("/api/skills/suggest", h -> { }));
    }

    private static void assertProblem400(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }
}
