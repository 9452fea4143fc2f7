package com.careeragent.matching.refresh;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.careeragent.jobs.JobsIngested;
import com.careeragent.profile.ProfileUpdated;

/**
 * Recomputes matches when something they depend on changed, off the request thread and after the change
 * is committed (or at once when it was published outside a transaction).
 */
@Component
class MatchEvents {

    private static final Logger log = LoggerFactory.getLogger(MatchEvents.class);
    private final MatchRefresher refresher;

    MatchEvents(MatchRefresher refresher) {
        this.refresher = refresher;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void profileUpdated(ProfileUpdated event) {
        try {
            refresher.refreshUser(event.userId());
        } catch (RuntimeException e) {
            log.error("Recomputing matches for user {} failed", event.userId(), e);
        }
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void jobsIngested(JobsIngested event) {
        if (event.isEmpty()) {
            return;
        }
        try {
            java.util.List<Long> changed = new java.util.ArrayList<>(event.createdIds());
            changed.addAll(event.updatedIds());
            refresher.jobsChanged(changed, event.closedIds());
        } catch (RuntimeException e) {
            log.error("Matching the jobs ingested from {} failed", event.source(), e);
        }
    }
}
