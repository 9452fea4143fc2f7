package com.careeragent.sources.connector;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;
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
 * Lever sites ({@code …/postings/{site}?mode=json}): a JSON array; {@code text} is the title, the company is
 * the site (read from {@code hostedUrl}), {@code createdAt} is epoch milliseconds, {@code salaryRange} optional.
 */
@Component
class LeverSource implements JobSource {

    private static final Pattern SITE = Pattern.compile("^https?://jobs\\.lever\\.co/([^/]+)/");
    private static final Map<String, String> PERIODS = Map.of("per-year-salary", "year", "per-month-salary", "month",
            "per-week-salary", "week", "per-day-wage", "day", "per-hour-wage", "hour");

    private final SourceHttp http;
    private final SourcesProperties.Board config;
    private final Watchlist watchlist;

    LeverSource(SourceHttp http, SourcesProperties properties, Watchlist watchlist) {
        this.http = http;
        this.config = properties.lever();
        this.watchlist = watchlist;
    }

    @Override
    public SourceName name() {
        return SourceName.LEVER;
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

    static URI boardUrl(URI base, String site) {
        return URI.create(base.toString().replaceAll("/+$", "") + "/" + site + "?mode=json");
    }

    @Override
    public FeedResult fetch(String site, Deadline deadline) throws FetchFailure {
        JsonNode root = Json.parse(http.getOk(boardUrl(config.url(), site), "application/json", deadline));
        if (!root.isArray()) {
            throw new FetchFailure("expected a JSON array of postings");
        }
        List<RawPosting> postings = new ArrayList<>();
        for (JsonNode posting : root) {
            String id = Json.id(posting.get("id"));
            if (id != null) {
                postings.add(posting(id, posting, site));
            }
        }
        return FeedResult.complete(postings);
    }

    private static RawPosting posting(String id, JsonNode posting, String site) {
        JsonNode categories = posting.path("categories");
        String hostedUrl = Json.text(posting.get("hostedUrl"));
        Matcher hostedSite = SITE.matcher(hostedUrl == null ? "" : hostedUrl);
        String company = BoardNames.company(hostedSite.find() ? hostedSite.group(1) : site);
        String workplace = Json.text(posting.get("workplaceType"));
        List<String> regions = Json.strings(categories.get("allLocations"));
        List<String> tags = new ArrayList<>();
        for (String field : List.of("department", "team")) {
            String value = Json.text(categories.get(field));
            if (value != null) {
                tags.add(value);
            }
        }
        JsonNode salary = posting.get("salaryRange");
        Salary pay = salary == null || !salary.isObject() ? null : Salary.of(Json.number(salary.get("min")),
                Json.number(salary.get("max")), Json.text(salary.get("currency")),
                PERIODS.get(String.valueOf(Json.text(salary.get("interval")))));
        return new RawPosting(id, Json.text(posting.get("text")), company, hostedUrl,
                Json.text(posting.get("applyUrl")), Json.text(categories.get("location")),
                workplace == null || "unspecified".equals(workplace) ? null : "remote".equals(workplace),
                regions, Json.text(categories.get("commitment")), pay, null,
                Json.instant(posting.get("createdAt")), html(posting), Json.text(posting.get("descriptionPlain")), tags);
    }

    /** The description, then each list as a heading with its items, then the closing section. */
    private static String html(JsonNode posting) {
        StringBuilder html = new StringBuilder(String.valueOf(Json.text(posting.get("description")) == null
                ? "" : Json.text(posting.get("description"))));
        for (JsonNode list : posting.path("lists")) {
            String heading = Json.text(list.get("text"));
            String items = Json.text(list.get("content"));
            if (heading != null) {
                html.append("<h3>").append(Entities.escape(heading)).append("</h3>");
            }
            if (items != null) {
                html.append("<ul>").append(items).append("</ul>");
            }
        }
        String additional = Json.text(posting.get("additional"));
        return additional == null ? html.toString() : html.append(additional).toString();
    }
}
