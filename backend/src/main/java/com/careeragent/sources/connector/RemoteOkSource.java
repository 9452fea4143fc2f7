package com.careeragent.sources.connector;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;
import com.careeragent.sources.http.SourceHttp;
import com.careeragent.sources.normalize.RawPosting;
import com.careeragent.sources.normalize.Salary;

/**
 * RemoteOK's API: a JSON array whose first element is a legal notice (elements without an id are skipped,
 * wherever they are). Salaries are annual USD, with 0 meaning "not disclosed". Every job is remote.
 */
@Component
class RemoteOkSource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Feed config;

    RemoteOkSource(SourceHttp http, SourcesProperties properties) {
        this.http = http;
        this.config = properties.remoteok();
    }

    @Override
    public SourceName name() {
        return SourceName.REMOTEOK;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public boolean wholeBoard() {
        return true;
    }

    @Override
    public FeedResult fetch(String feed, Deadline deadline) throws FetchFailure {
        JsonNode root = Json.parse(http.getOk(config.url(), "application/json", deadline));
        if (!root.isArray()) {
            throw new FetchFailure("expected a JSON array of jobs");
        }
        List<RawPosting> postings = new ArrayList<>();
        for (JsonNode job : root) {
            String id = Json.id(job.get("id"));
            if (id != null) {
                postings.add(posting(id, job));
            }
        }
        return FeedResult.complete(postings);
    }

    private static RawPosting posting(String id, JsonNode job) {
        String location = Json.text(job.get("location"));
        return new RawPosting(id, Json.text(job.get("position")), Json.text(job.get("company")),
                Json.text(job.get("url")), Json.text(job.get("apply_url")), location, true,
                location == null || location.isBlank() ? List.of() : List.of(location), null,
                Salary.of(Json.number(job.get("salary_min")), Json.number(job.get("salary_max")), "USD", "year"), null,
                Json.instant(job.has("date") ? job.get("date") : job.get("epoch")),
                Json.text(job.get("description")), null, Json.strings(job.get("tags")));
    }
}
