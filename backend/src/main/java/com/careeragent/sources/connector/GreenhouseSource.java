package com.careeragent.sources.connector;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;
import com.careeragent.sources.http.SourceHttp;
import com.careeragent.sources.normalize.RawPosting;
import com.careeragent.sources.normalize.Salary;
import com.careeragent.sources.watchlist.Watchlist;

/**
 * Greenhouse job boards ({@code …/boards/{token}/jobs?content=true}): {@code {jobs:[…]}} with entity-escaped
 * HTML content. Old boards lack {@code company_name} and {@code first_published}. Pay is read from the
 * pay-transparency block or the "Min/Max salary" metadata when a board states it.
 */
@Component
class GreenhouseSource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Board config;
    private final Watchlist watchlist;

    GreenhouseSource(SourceHttp http, SourcesProperties properties, Watchlist watchlist) {
        this.http = http;
        this.config = properties.greenhouse();
        this.watchlist = watchlist;
    }

    @Override
    public SourceName name() {
        return SourceName.GREENHOUSE;
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
    public List<String> feeds() {
        return watchlist.boards(name());
    }

    static URI boardUrl(URI base, String token) {
        return URI.create(base.toString().replaceAll("/+$", "") + "/" + token + "/jobs?content=true");
    }

    @Override
    public FeedResult fetch(String token, Deadline deadline) throws FetchFailure {
        JsonNode root = Json.parse(http.getOk(boardUrl(config.url(), token), "application/json", deadline));
        JsonNode jobs = root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new FetchFailure(root.has("id") && root.has("title")
                    ? "expected a board listing {jobs: [...]} but received a single job"
                    : "expected a board listing {jobs: [...]}");
        }
        List<RawPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String id = Json.id(job.get("id"));
            if (id != null) {
                postings.add(posting(id, job, token));
            }
        }
        return FeedResult.complete(postings);
    }

    private static RawPosting posting(String id, JsonNode job, String token) {
        String content = Json.text(job.get("content"));
        String html = content == null ? null : Parser.unescapeEntities(content, false);
        String company = Json.text(job.get("company_name"));
        List<String> regions = new ArrayList<>();
        for (JsonNode office : job.path("offices")) {
            String place = Json.text(office.has("location") ? office.get("location") : office.get("name"));
            if (place != null) {
                regions.add(place);
            }
        }
        List<String> departments = new ArrayList<>();
        job.path("departments").forEach(d -> departments.add(Json.text(d.get("name"))));
        departments.removeIf(d -> d == null);
        String absoluteUrl = Json.text(job.get("absolute_url"));
        return new RawPosting(id, Json.text(job.get("title")),
                company == null || company.isBlank() ? BoardNames.company(token) : company,
                absoluteUrl, absoluteUrl, Json.text(job.path("location").get("name")), null, regions,
                metadata(job, "employment type"), metadataSalary(job), payRange(html),
                Json.instant(job.has("first_published") ? job.get("first_published") : job.get("updated_at")),
                html, null, departments);
    }

    private static String metadata(JsonNode job, String name) {
        for (JsonNode field : job.path("metadata")) {
            String fieldName = Json.text(field.get("name"));
            if (fieldName != null && fieldName.toLowerCase(Locale.ROOT).equals(name)) {
                return Json.text(field.get("value"));
            }
        }
        return null;
    }

    /** "Min salary"/"Max salary" metadata state amounts only: currency and period stay unknown. */
    private static Salary metadataSalary(JsonNode job) {
        String min = metadata(job, "min salary");
        String max = metadata(job, "max salary");
        return Salary.of(amount(min), amount(max), null, null);
    }

    private static Long amount(String text) {
        if (text == null || !text.matches("\\s*[\\d,.]+\\s*")) {
            return null;
        }
        String digits = text.replaceAll("[^\\d]", "");
        return digits.isEmpty() || digits.length() > 12 ? null : Long.parseLong(digits);
    }

    /** Greenhouse's pay-transparency block: {@code <div class="pay-range"><span>$139,200</span>…</div>}. */
    private static String payRange(String html) {
        if (html == null || !html.contains("pay-range")) {
            return null;
        }
        Element range = Jsoup.parse(html).selectFirst(".pay-range");
        return range == null ? null : range.text();
    }
}
