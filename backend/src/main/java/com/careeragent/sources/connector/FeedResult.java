package com.careeragent.sources.connector;

import java.util.List;

import com.careeragent.sources.normalize.RawPosting;

/**
 * What one feed gave: every element that had an id ({@code found} = their number), whether the feed was
 * read completely, and what went wrong part-way (e.g. a later page failed), if anything.
 */
public record FeedResult(List<RawPosting> postings, boolean complete, String error) {

    public static FeedResult complete(List<RawPosting> postings) {
        return new FeedResult(postings, true, null);
    }

    public static FeedResult incomplete(List<RawPosting> postings, String error) {
        return new FeedResult(postings, false, error);
    }
}
