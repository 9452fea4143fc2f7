package com.careeragent.jobs;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** The job page and the read facade other modules use. */
class JobDetailApiTest extends JobsApiTest {

    @Autowired
    JobDirectory directory;

    @Test
    void detailAddsDescriptionAndEveryListingOfTheSameJob() {
        long cluster = TestJobs.newClusterId();
        long id = jobs.job("Platform Engineer").source("greenhouse").cluster(cluster).skills("Go", "AWS")
                .salary(100_000, 130_000, "USD", "year").description("Build the platform.").insert();
        long twin = jobs.job("Platform Engineer").source("lever").cluster(cluster).postedDaysAgo(2).insert();
        long closedTwin = jobs.job("Platform Engineer").source("ashby").cluster(cluster).closed().insert();

        Http.Response response = get("/api/jobs/" + id, h -> { });
        assertThat(response.status()).isEqualTo(200);
        JsonNode job = response.json();
        assertThat(job.get("id").asString()).isEqualTo(Long.toString(id));
        assertThat(job.get("title").asString()).isEqualTo("Platform Engineer");
        assertThat(job.get("source").asString()).isEqualTo("greenhouse");
        assertThat(job.get("salaryMin").asInt()).isEqualTo(100_000);
        assertThat(job.get("salaryCurrency").asString()).isEqualTo("USD");
        assertThat(job.get("skills").toString()).isEqualTo("[\"Go\",\"AWS\"]");
        assertThat(job.get("descriptionHtml").asString()).isEqualTo("<p>Build the platform.</p>");
        assertThat(job.get("descriptionText").asString()).isEqualTo("Build the platform.");
        assertThat(job.get("duplicates").findValuesAsString("id"))
                .containsExactly(Long.toString(twin), Long.toString(closedTwin));
        assertThat(job.get("alsoOn").findValuesAsString("id")).as("open listings only")
                .containsExactly(Long.toString(twin));
    }

    @Test
    void directoryFindsTheListItemShape() {
        long id = jobs.job("Directory Engineer").company("Initech").remote().insert();

        JobSummary found = directory.find(id).orElseThrow();
        assertThat(found.title()).isEqualTo("Directory Engineer");
        assertThat(found.company()).isEqualTo("Initech");
        assertThat(found.remote()).isTrue();
        assertThat(found.highlights()).isNull();
        assertThat(directory.find(Long.MAX_VALUE)).isEmpty();
        Map<Long, JobSummary> all = directory.findAll(List.of(id, Long.MAX_VALUE));
        assertThat(all).containsOnlyKeys(id);
    }
}
