package com.careeragent.jobs.searchbench;

/**
 * One request of the mix: its class (for per-class percentiles), the API path with query string, and for
 * text searches the words the ILIKE and naive full-text baselines look for.
 */
record BenchQuery(String kind, String path, String text) {

    boolean isTextSearch() {
        return text != null;
    }
}
