package com.careeragent.sources.connector;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
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
        Map<String, org.jsoup.nodes.Element> extras = extras(body);
        List<RawPosting> postings = new ArrayList<>();
        for (SyndEntry entry : rss.getEntries()) {
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : entry.getLink();
            if (id != null && !id.isBlank()) {
                postings.add(posting(id, entry, extras.get(id.strip())));
            }
        }
        return FeedResult.incomplete(postings, null);
    }

    /**
     * Rome drops WWR's own un-namespaced item elements (region, country, type); they are read from the
     * already validated document by guid.
     */
    private static Map<String, org.jsoup.nodes.Element> extras(byte[] body) {
        Map<String, org.jsoup.nodes.Element> items = new HashMap<>();
        Document xml = Jsoup.parse(new String(body, StandardCharsets.UTF_8), "", Parser.xmlParser());
        for (org.jsoup.nodes.Element item : xml.select("item")) {
            org.jsoup.nodes.Element guid = item.selectFirst("guid");
            org.jsoup.nodes.Element link = item.selectFirst("link");
            String key = guid != null ? guid.text().strip() : link != null ? link.text().strip() : null;
            if (key != null) {
                items.put(key, item);
            }
        }
        return items;
    }

    private static RawPosting posting(String id, SyndEntry entry, org.jsoup.nodes.Element item) {
        String heading = entry.getTitle() == null ? "" : entry.getTitle();
        int colon = heading.indexOf(": ");
        String company = colon > 0 ? heading.substring(0, colon) : null;
        String title = colon > 0 ? heading.substring(colon + 2) : heading;
        String region = field(item, "region");
        String country = field(item, "country");
        List<String> regions = new ArrayList<>();
        for (String place : new String[] {region, country}) {
            if (place != null && !place.isBlank()) {
                regions.add(place.replaceAll("^\\P{L}+", ""));
            }
        }
        List<String> tags = new ArrayList<>();
        entry.getCategories().forEach(c -> tags.add(c.getName()));
        return new RawPosting(id, title, company, entry.getLink(), entry.getLink(), region, true, regions,
                field(item, "type"), null, null,
                entry.getPublishedDate() == null ? null : entry.getPublishedDate().toInstant(),
                entry.getDescription() == null ? null : entry.getDescription().getValue(), null, tags);
    }

    private static String field(org.jsoup.nodes.Element item, String name) {
        org.jsoup.nodes.Element field = item == null ? null : item.selectFirst(name);
        return field == null || field.text().isBlank() ? null : field.text().strip();
    }
}
