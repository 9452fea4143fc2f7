package com.careeragent.jobs;

import org.junit.jupiter.api.Test;

import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag + Cache-Control on list and detail; a matching If-None-Match gets 304 without a body. */
class JobCachingApiTest extends JobsApiTest {

    @Test
    void listAndDetailAnswerIfNoneMatchWith304() {
        long id = jobs.job("Cached Engineer").insert();

        Http.Response list = search("q", "cached");
        String etag = list.headers().getETag();
        assertThat(etag).startsWith("\"");
        assertThat(list.headers().getCacheControl()).contains("max-age=30").contains("public");
        Http.Response notModified = get("/api/jobs", h -> h.setIfNoneMatch(etag), "q", "cached", "location",
                jobs.marker());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.text()).isEmpty();
        assertThat(notModified.headers().getETag()).isEqualTo(etag);

        Http.Response detail = get("/api/jobs/" + id, h -> { });
        assertThat(detail.status()).isEqualTo(200);
        String detailTag = detail.headers().getETag();
        assertThat(get("/api/jobs/" + id, h -> h.setIfNoneMatch(detailTag)).status()).isEqualTo(304);

        jobs.job("Another Cached Engineer").insert();
        assertThat(get("/api/jobs", h -> h.setIfNoneMatch(etag), "q", "cached", "location", jobs.marker()).status())
                .as("changed results, new ETag").isEqualTo(200);
    }
}
