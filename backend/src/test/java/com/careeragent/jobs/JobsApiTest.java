package com.careeragent.jobs;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

/** Base of the job search API tests: each test inserts its own jobs and scopes searches to them. */
public abstract class JobsApiTest extends ApiTest {

    @Autowired
    protected JdbcClient jdbc;

    protected TestJobs jobs;

    @BeforeEach
    void freshJobs() {
        jobs = new TestJobs(jdbc);
    }

    /** GET /api/jobs with these query parameters (name, value, name, value...), scoped to this test's jobs. */
    protected Http.Response search(String... params) {
        List<String> all = new ArrayList<>(List.of(params));
        if (!all.contains("location")) {
            all.add("location");
            all.add(jobs.marker());
        }
        return get("/api/jobs", h -> { }, all.toArray(String[]::new));
    }

    protected Http.Response get(String path, Consumer<HttpHeaders> headers, String... params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString("http://127.0.0.1:" + port + path);
        for (int i = 0; i < params.length; i += 2) {
            uri.queryParam(params[i], params[i + 1]);
        }
        URI target = uri.encode().build().toUri();
        return RestClient.create().get().uri(target)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                .headers(headers)
                .exchange((request, response) -> new Http.Response(response.getStatusCode().value(),
                        response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** Titles of the items of a search response, in order. */
    protected static List<String> titles(Http.Response response) {
        List<String> titles = new ArrayList<>();
        for (JsonNode item : response.json().get("items")) {
            titles.add(item.get("title").asString());
        }
        return titles;
    }
}
