package com.careeragent.sources.connector;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
 * Ashby job boards ({@code …/job-board/{board}?includeCompensation=true}): {@code {jobs:[…]}}; unlisted jobs
 * are not part of the board. Pay comes from the {@code Salary} component of the compensation tiers.
 */
@Component
class AshbySource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Board config;
    private final Watchlist watchlist;

    AshbySource(SourceHttp http, SourcesProperties properties, Watchlist watchlist) {
        this.http = http;
        this.config = properties.ashby();
        this.watchlist = watchlist;
    }

    @Override
    public SourceName name() {
        return SourceName.ASHBY;
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

    static URI boardUrl(URI base, String board) {
        return URI.create(base.toString().replaceAll("/+$", "") + "/" + board + "?includeCompensation=true");
    }

    @Override
    public FeedResult fetch(String board, Deadline deadline) throws FetchFailure {
        JsonNode root = Json.parse(http.getOk(boardUrl(config.url(), board), "application/json", deadline));
        JsonNode jobs = root.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new FetchFailure("expected a job board {jobs: [...]}");
        }
        List<RawPosting> postings = new ArrayList<>();
        for (JsonNode job : jobs) {
            String id = Json.id(job.get("id"));
            if (id != null && !Boolean.FALSE.equals(Json.bool(job.get("isListed")))) {
                postings.add(posting(id, job, board));
            }
        }
        return FeedResult.complete(postings);
    }

    private static RawPosting posting(String id, JsonNode job, String board) {
        String location = Json.text(job.get("location"));
        List<String> regions = new ArrayList<>();
        if (location != null) {
            regions.add(location);
        }
        job.path("secondaryLocations").forEach(l -> {
            String place = Json.text(l.get("location"));
            if (place != null) {
                regions.add(place);
            }
        });
        Boolean remote = Json.bool(job.get("isRemote"));
        String workplace = Json.text(job.get("workplaceType"));
        if (remote == null && workplace != null) {
            remote = "remote".equalsIgnoreCase(workplace);
        }
        List<String> tags = new ArrayList<>();
        for (String field : List.of("department", "team")) {
            String value = Json.text(job.get(field));
            if (value != null) {
                tags.add(value);
            }
        }
        return new RawPosting(id, Json.text(job.get("title")), BoardNames.company(board), Json.text(job.get("jobUrl")),
                Json.text(job.get("applyUrl")), location, remote, regions, Json.text(job.get("employmentType")),
                salary(job.path("compensation")), null, Json.instant(job.get("publishedAt")),
                Json.text(job.get("descriptionHtml")), Json.text(job.get("descriptionPlain")), tags);
    }

    private static Salary salary(JsonNode compensation) {
        List<JsonNode> components = new ArrayList<>();
        compensation.path("compensationTiers").forEach(tier -> tier.path("components").forEach(components::add));
        compensation.path("summaryComponents").forEach(components::add);
        for (JsonNode component : components) {
            if ("Salary".equals(Json.text(component.get("compensationType")))) {
                Salary salary = Salary.of(Json.number(component.get("minValue")), Json.number(component.get("maxValue")),
                        Json.text(component.get("currencyCode")), period(Json.text(component.get("interval"))));
                if (salary != null) {
                    return salary;
                }
            }
        }
        return null;
    }

    /** Ashby intervals look like "1 YEAR", "1 HOUR". */
    private static String period(String interval) {
        if (interval == null) {
            return null;
        }
        String unit = interval.toLowerCase(Locale.ROOT);
        for (String period : List.of("year", "month", "week", "day", "hour")) {
            if (unit.contains(period)) {
                return period;
            }
        }
        return null;
    }
}
