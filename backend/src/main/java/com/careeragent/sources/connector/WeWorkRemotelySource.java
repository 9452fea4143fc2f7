package com.careeragent.sources.connector;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jdom2.Element;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;
import com.careeragent.sources.http.SourceHttp;
import com.careeragent.sources.normalize.RawPosting;

/**
 * We Work Remotely's RSS feed. Off unless an operator enables it: WWR's terms forbid using its data for a
 * job-search service (docs/SOURCES.md). Titles read "Company: Role"; the guid is the job's URL.
 */
@Component
class WeWorkRemotelySource implements JobSource {

    private final SourceHttp http;
    private final SourcesProperties.Feed config;

    WeWorkRemotelySource(SourceHttp http, SourcesProperties properties) {
        this.http = http;
        this.config = properties.wwr();
    }

    @Override
    public SourceName name() {
        return SourceName.WWR;
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
        byte[] body = http.getOk(config.url(), "application/rss+xml, application/xml;q=0.9", deadline);
        SyndFeed rss;
        try {
            rss = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | java.io.IOException | IllegalArgumentException e) {
            throw new FetchFailure("feed is not well-formed RSS: " + e.getMessage());
        }
        List<RawPosting> postings = new ArrayList<>();
        for (SyndEntry entry : rss.getEntries()) {
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
            if (id != null && !id.isBlank()) {
                postings.add(posting(id, entry));
            }
        }
        return FeedResult.incomplete(postings, null);
    }

    private static RawPosting posting(String id, SyndEntry entry) {
        String heading = entry.getTitle() == null ? "" : entry.getTitle();
        int colon = heading.indexOf(": ");
        String company = colon > 0 ? heading.substring(0, colon) : null;
        String title = colon > 0 ? heading.substring(colon + 2) : heading;
        String region = foreign(entry, "region");
        String country = foreign(entry, "country");
        List<String> regions = new ArrayList<>();
        for (String place : new String[] {region, country}) {
            if (place != null && !place.isBlank()) {
                regions.add(place.replaceAll("^\\P{L}+", ""));
            }
        }
        List<String> tags = new ArrayList<>();
        String category = foreign(entry, "category");
        if (category != null) {
            tags.add(category);
        }
        entry.getCategories().forEach(c -> tags.add(c.getName()));
        return new RawPosting(id, title, company, entry.getLink(), entry.getLink(), region, true, regions,
                foreign(entry, "type"), null, null,
                entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                entry.getDescription() == null ? null : entry.getDescription().getValue(), null, tags);
    }

    private static String foreign(SyndEntry entry, String name) {
        for (Element element : entry.getForeignMarkup()) {
            if (name.equals(element.getName())) {
                return element.getTextTrim();
            }
        }
        return null;
    }
}
