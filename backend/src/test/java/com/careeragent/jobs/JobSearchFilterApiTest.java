package com.careeragent.jobs;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Every filter of GET /api/jobs, duplicate collapsing and facets, on real PostgreSQL. */
class JobSearchFilterApiTest extends JobsApiTest {

    @Test
    void filtersNarrowTheResults() {
        jobs.job("Go Engineer").source("lever").skills("Go", "Kubernetes", "PostgreSQL").remote().place("Remote")
                .seniority("senior").employmentType("full_time").salary(150_000, 180_000, "USD", "year").insert();
        jobs.job("Go Contractor").source("greenhouse").skills("Go").place("Lisbon").seniority("mid")
                .employmentType("contract").salary(60, 70, "EUR", "hour").postedDaysAgo(10).insert();
        jobs.job("Frontend Engineer").source("remoteok").skills("React", "Kubernetes").remote().place("Remote")
                .seniority("junior").insert();

        assertThat(titles(search("source", "lever"))).containsExactly("Go Engineer");
        assertThat(titles(search("source", "lever,greenhouse"))).hasSize(2);
        assertThat(titles(search("skills", "Go", "skills", "Kubernetes"))).containsExactly("Go Engineer");
        jdbc.sql("INSERT INTO skills (name, category, aliases) VALUES ('Kubernetes', 'devops', '{k8s}') "
                + "ON CONFLICT (name) DO NOTHING").update();
        assertThat(titles(search("skills", "kubernetes"))).as("case-insensitive").hasSize(2);
        assertThat(titles(search("skills", "K8S"))).as("alias").hasSize(2);
        assertThat(titles(search("remote", "true"))).containsExactlyInAnyOrder("Go Engineer", "Frontend Engineer");
        assertThat(titles(search("remote", "false"))).containsExactly("Go Contractor");
        assertThat(titles(search("location", "lisbon " + jobs.marker()))).containsExactly("Go Contractor");
        // 70 EUR an hour is 145,600 a year; jobs without a stated salary never pass a salary filter
        assertThat(titles(search("salaryMin", "140000"))).containsExactlyInAnyOrder("Go Engineer", "Go Contractor");
        assertThat(titles(search("salaryMin", "160000"))).containsExactly("Go Engineer");
        String fiveDaysAgo = LocalDate.now(ZoneOffset.UTC).minusDays(5).toString();
        assertThat(titles(search("postedAfter", fiveDaysAgo))).containsExactlyInAnyOrder("Go Engineer", "Frontend Engineer");
        assertThat(titles(search("seniority", "senior,junior"))).containsExactlyInAnyOrder("Go Engineer", "Frontend Engineer");
        assertThat(titles(search("employmentType", "contract"))).containsExactly("Go Contractor");
        assertThat(titles(search("q", "engineer", "remote", "true", "skills", "Go", "salaryMin", "100000")))
                .containsExactly("Go Engineer");
    }

    @Test
    void closedJobsAreHiddenUnlessAskedFor() {
        jobs.job("Open role").insert();
        jobs.job("Closed role").closed().insert();

        assertThat(titles(search())).containsExactly("Open role");
        assertThat(titles(search("includeClosed", "true"))).containsExactlyInAnyOrder("Open role", "Closed role");
        assertThat(search("includeClosed", "true").json().get("items").findValuesAsString("status"))
                .containsExactlyInAnyOrder("open", "closed");
    }

    @Test
    void duplicatesCollapseToOneRowThatSaysWhereElseTheJobIsPosted() {
        long cluster = TestJobs.newClusterId();
        long newest = jobs.job("Data Engineer").source("greenhouse").cluster(cluster).insert();
        long older = jobs.job("Data Engineer").source("remoteok").cluster(cluster).postedDaysAgo(1).insert();
        jobs.job("Analyst").postedDaysAgo(3).insert();

        Http.Response collapsed = search();
        assertThat(collapsed.json().get("total").asLong()).isEqualTo(2);
        JsonNode item = collapsed.json().get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(Long.toString(newest));
        assertThat(item.get("alsoOn").get(0).get("id").asString()).isEqualTo(Long.toString(older));
        assertThat(item.get("alsoOn").get(0).get("source").asString()).isEqualTo("remoteok");
        assertThat(item.get("alsoOn").get(0).get("url").asString()).startsWith("https://remoteok.example/");

        assertThat(search("collapse", "false").json().get("total").asLong()).isEqualTo(3);
        assertThat(titles(search("source", "remoteok", "q", "data"))).as("the listing that matches represents it")
                .containsExactly("Data Engineer");
    }

    @Test
    void facetsCountTheCurrentResultsOnlyWhenAsked() {
        jobs.job("A").source("lever").skills("Java", "Kafka").remote().seniority("senior").insert();
        jobs.job("B").source("lever").skills("Java").seniority("senior").insert();
        jobs.job("C").source("ashby").skills("Python").remote().insert();

        assertThat(search().json().get("facets").isNull()).isTrue();
        JsonNode facets = search("facets", "true").json().get("facets");
        assertThat(facets.get("estimated").asBoolean()).isFalse();
        assertThat(counts(facets.get("sources"))).isEqualTo("lever=2, ashby=1");
        assertThat(counts(facets.get("skills"))).isEqualTo("Java=2, Kafka=1, Python=1");
        assertThat(counts(facets.get("remote"))).isEqualTo("remote=2, onSite=1");
        assertThat(counts(facets.get("seniority"))).isEqualTo("senior=2");
        assertThat(counts(search("facets", "true", "q", "java").json().get("facets").get("sources")))
                .isEqualTo("lever=2");
    }

    private static String counts(JsonNode facet) {
        StringBuilder text = new StringBuilder();
        for (JsonNode count : facet) {
            text.append(text.isEmpty() ? "" : ", ").append(count.get("value").asString()).append('=')
                    .append(count.get("count").asLong());
        }
        return text.toString();
    }
}
