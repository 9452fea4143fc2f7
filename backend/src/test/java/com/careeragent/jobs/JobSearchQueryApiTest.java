package com.careeragent.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Query syntax, sorting, paging stability and highlights of GET /api/jobs on real PostgreSQL. */
class JobSearchQueryApiTest extends JobsApiTest {

    @Test
    void webSearchSyntaxMatchesWordsPhrasesExclusionsAndOr() {
        jobs.job("Senior Java Engineer").description("You will build Kafka pipelines.").insert();
        jobs.job("Python Developer").description("Our team does machine learning at scale.").insert();
        jobs.job("Java Developer").description("Maintain our PHP monolith too.").insert();
        jobs.job("Rust Engineer").description("Learning about the machine is a plus.").insert();

        assertThat(titles(search("q", "java"))).containsExactlyInAnyOrder("Senior Java Engineer", "Java Developer");
        assertThat(titles(search("q", "\"machine learning\""))).containsExactly("Python Developer");
        assertThat(titles(search("q", "java -php"))).containsExactly("Senior Java Engineer");
        assertThat(titles(search("q", "python or rust"))).containsExactlyInAnyOrder("Python Developer", "Rust Engineer");
        assertThat(titles(search("q", "engineers"))).as("stemmed")
                .containsExactlyInAnyOrder("Senior Java Engineer", "Rust Engineer");
        assertThat(search("q", "-java").json().get("total").asLong()).isEqualTo(2);
        assertThat(search("q", "the").json().get("total").asLong()).as("only stop words: no text condition")
                .isEqualTo(4);
    }

    @Test
    void relevanceRanksTitleMatchesAboveDescriptionMatches() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        jobs.job("Office Manager").description("Our engineers use Kotlin every day.").postedAt(now).insert();
        jobs.job("Kotlin Engineer").description("Backend services.").postedAt(now.minusSeconds(3600)).insert();

        Http.Response relevance = search("q", "kotlin");
        assertThat(relevance.json().get("sort").asString()).isEqualTo("relevance");
        assertThat(titles(relevance)).containsExactly("Kotlin Engineer", "Office Manager");
        assertThat(titles(search("q", "kotlin", "sort", "newest"))).containsExactly("Office Manager", "Kotlin Engineer");
    }

    @Test
    void newestBreaksTiesByIdAndPagesNeitherRepeatNorSkip() {
        Instant same = Instant.parse("2026-01-15T10:00:00Z");
        long a = jobs.job("Tie A").postedAt(same).insert();
        long b = jobs.job("Tie B").postedAt(same).insert();
        long c = jobs.job("Tie C").postedAt(same).insert();
        jobs.job("Older").postedAt(same.minusSeconds(60)).insert();

        Http.Response first = search("size", "2", "page", "0");
        Http.Response second = search("size", "2", "page", "1");
        assertThat(first.json().get("sort").asString()).isEqualTo("newest");
        assertThat(first.json().get("total").asLong()).isEqualTo(4);
        assertThat(first.json().get("totalIsEstimate").asBoolean()).isFalse();
        assertThat(ids(first)).containsExactly(Long.toString(c), Long.toString(b));
        assertThat(ids(second)).containsExactly(Long.toString(a), jobIdOf(second, 1));
        assertThat(titles(second).get(1)).isEqualTo("Older");
        assertThat(ids(search("size", "2", "page", "0"))).as("same request, same order").isEqualTo(ids(first));
    }

    @Test
    void salarySortPutsHighestPayPerYearFirstThenJobsWithoutSalary() {
        jobs.job("Hourly 90").salary(80, 90, "USD", "hour").insert();          // 187,200 a year
        jobs.job("Yearly 150k").salary(120_000, 150_000, "USD", "year").insert();
        jobs.job("Only min 160k").salary(160_000, null, "USD", "year").insert();
        jobs.job("No salary").insert();

        assertThat(titles(search("sort", "salary")))
                .containsExactly("Hourly 90", "Only min 160k", "Yearly 150k", "No salary");
    }

    @Test
    void highlightsAreHtmlSafeAndMarkOnlyMatches() {
        jobs.job("<script>alert(1)</script> Java \u0001Engineer\u0002").company("Evil & Co")
                .description("We love <b>Java</b> & coffee.").insert();

        JsonNode item = search("q", "java").json().get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo("<script>alert(1)</script> Java \u0001Engineer\u0002");
        assertThat(item.get("highlights").get("title").asString())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Java</mark> Engineer");
        String description = item.get("highlights").get("description").asString();
        assertThat(description).contains("<mark>Java</mark>").contains("&amp; coffee")
                .doesNotContain("<b>").doesNotContain("<script");
        assertThat(description.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(search().json().get("items").get(0).get("highlights").isNull()).as("no text, no highlights").isTrue();
    }

    private static java.util.List<String> ids(Http.Response response) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static String jobIdOf(Http.Response response, int index) {
        return response.json().get("items").get(index).get("id").asString();
    }
}
