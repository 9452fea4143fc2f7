package com.careeragent.jobs;

import java.util.List;

/**
 * Published (inside the storing transaction, so {@code @TransactionalEventListener}s see it after commit)
 * once a source's feed was stored. Ids are {@code jobs.id} values; an unchanged posting appears in none.
 */
public record JobsIngested(SourceName source, String board, List<Long> createdIds, List<Long> updatedIds,
                           List<Long> closedIds) {

    public JobsIngested {
        createdIds = List.copyOf(createdIds);
        updatedIds = List.copyOf(updatedIds);
        closedIds = List.copyOf(closedIds);
    }

    public boolean isEmpty() {
        return createdIds.isEmpty() && updatedIds.isEmpty() && closedIds.isEmpty();
    }
}
