package com.careeragent.sources.connector;

import java.net.URI;
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

/**
 * Arbeitnow ({@code ?page=N} → {@code {data:[…], links.next}}): the slug is the id. It pages through a huge
 * catalogue, so a run reads at most {@code maxPages} pages and never treats the result as the whole board.
 */
@Component
class ArbeitnowSource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Arbeitnow config;

    ArbeitnowSource(SourceHttp http, SourcesProperties properties) {
        this.http = http;
        this.config = properties.arbeitnow();
    }

    @Override
    public SourceName name() {
        return SourceName.ARBEITNOW;
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
        List<RawPosting> postings = new ArrayList<>();
        for (int page = 1; page <= config.maxPages(); page++) {
            JsonNode root;
            try {
                root = Json.parse(http.getOk(pageUrl(page), "application/json", deadline));
            } catch (FetchFailure e) {
                if (page == 1) {
                    throw e;
                }
                return FeedResult.incomplete(postings, "page " + page + ": " + e.getMessage());
            }
            JsonNode data = root.get("data");
            if (data == null || !data.isArray()) {
                if (page == 1) {
                    throw new FetchFailure("expected {data: [...]}");
                }
                return FeedResult.incomplete(postings, "page " + page + ": expected {data: [...]}");
            }
            for (JsonNode job : data) {
                String id = Json.id(job.get("slug"));
                if (id != null) {
                    postings.add(posting(id, job));
                }
            }
            if (Json.text(root.path("links").get("next")) == null) {
                break;
            }
        }
        return FeedResult.incomplete(postings, null);
    }

    private URI pageUrl(int page) {
        String base = config.url().toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + "page=" + page);
    }

    private static RawPosting posting(String id, JsonNode job) {
        String location = Json.text(job.get("location"));
        List<String> types = Json.strings(job.get("job_types"));
        String url = Json.text(job.get("url"));
        return new RawPosting(id, Json.text(job.get("title")), Json.text(job.get("company_name")), url, url, location,
                Json.bool(job.get("remote")), location == null ? List.of() : List.of(location),
                types.isEmpty() ? null : types.getFirst(), null, null, Json.instant(job.get("created_at")),
                Json.text(job.get("description")), null, Json.strings(job.get("tags")));
    }
}
