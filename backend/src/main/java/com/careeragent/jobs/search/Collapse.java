package com.careeragent.jobs.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Keeps the first row of each duplicate cluster in an ordered list: the one that ranks best represents it. */
final class Collapse {

    private Collapse() {
    }

    static List<Candidate> firstPerCluster(List<Candidate> ordered) {
        Set<Long> seen = new HashSet<>();
        List<Candidate> kept = new ArrayList<>(ordered.size());
        for (Candidate candidate : ordered) {
            if (seen.add(candidate.collapseKey())) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
