package com.careeragent.jobs.search;

import java.time.Instant;
import java.util.List;

/**
 * A matching job as the first phase of a search sees it: enough to order, collapse, count and facet,
 * but not the columns a result item shows.
 */
record Candidate(long id, Long clusterId, Instant postedAt, String source, boolean remote, String seniority,
        String employmentType, List<String> skills, float rank) {

    /** Rows of one duplicate cluster share this key; a job outside any cluster is its own. */
    long collapseKey() {
        return clusterId != null ? clusterId : -id;
    }
}
