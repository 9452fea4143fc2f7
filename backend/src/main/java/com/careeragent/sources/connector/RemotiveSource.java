package com.careeragent.sources.connector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;
import com.careeragent.sources.http.SourceHttp;
import com.careeragent.sources.normalize.RawPosting;

/**
 * Remotive ({@code {jobs:[…]}}): salary is free text, {@code publication_date} is naive (taken as UTC), the
 * allowed regions are a comma-separated list. Its terms allow at most 4 fetches a day (see RunPoliteness).
 */
@Component
class RemotiveSource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Remotive config;

    RemotiveSource(SourceHttp http, SourcesProperties properties) {
        this.http = http;
        this.config = properties.remotive();
    }

    @Override
    public SourceName name() {
        return SourceName.REMOTIVE;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public boolean wholeBoard() {
        return false;
    }

    @Override
    public FeedResult fetch(String feed, Deadline deadline) throws FetchFailure {
        JsonNode root = Json.parse(http.getOk(config.url(), "application/json", deadline));
        JsonNode jobs = root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new FetchFailure("expected {jobs: [...]}");
        }
        List<RawPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String id = Json.id(job.get("id"));
            if (id != null) {
                postings.add(posting(id, job));
            }
        }
        return FeedResult.incomplete(postings, null);
    }

    private static RawPosting posting(String id, JsonNode job) {
        String location = Json.text(job.get("candidate_required_location"));
        List<String> regions = location == null ? List.of()
                : Arrays.stream(location.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        String url = Json.text(job.get("url"));
        List<String> tags = new ArrayList<>(Json.strings(job.get("tags")));
        String category = Json.text(job.get("category"));
        if (category != null) {
            tags.add(category);
        }
        return new RawPosting(id, Json.text(job.get("title")), Json.text(job.get("company_name")), url, url,
                location, true, regions, Json.text(job.get("job_type")), null, Json.text(job.get("salary")),
                Json.instant(job.get("publication_date")), Json.text(job.get("description")), null, tags);
    }
}
