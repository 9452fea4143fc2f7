package com.careeragent.sources.connector;

import java.util.List;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;

/**
 * A job site we read postings from. Board providers (Greenhouse, Lever, Ashby) read one feed per board on
 * the watchlist; the others have a single feed, named {@code ""}.
 */
public interface JobSource {

    SourceName name();

    boolean enabled();

    /**
     * Whether a complete fetch lists every open posting, so one missing from it may be gone. Only such
     * whole-board feeds close postings; search-style feeds (Remotive, Arbeitnow, WWR) never do.
     */
    boolean wholeBoard();

    /** The feeds to read in a run: board tokens, or {@code [""]} for a single-feed source. */
    default List<String> feeds() {
        return List.of("");
    }

    FeedResult fetch(String feed, Deadline deadline) throws FetchFailure;
}
