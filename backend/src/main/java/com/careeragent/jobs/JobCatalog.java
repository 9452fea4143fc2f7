package com.careeragent.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.careeragent.jobs.catalog.DuplicateClusters;
import com.careeragent.jobs.catalog.Freshness;
import com.careeragent.jobs.catalog.JobUpserter;

/**
 * The write side of the job catalogue: stores what a feed delivered, keeps first/last-seen times, closes
 * postings that left a board, links duplicates, and announces the result as {@link JobsIngested}.
 */
@Service
public class JobCatalog {

    /** Stores are serialised: concurrent clustering of overlapping rows could otherwise deadlock. */
    private static final long STORE_LOCK = 0x6a6f62735f696eL;

    private final JobUpserter upserter;
    private final Freshness freshness;
    private final DuplicateClusters clusters;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    JobCatalog(JobUpserter upserter, Freshness freshness, DuplicateClusters clusters, JdbcClient jdbc,
               ApplicationEventPublisher events) {
        this.upserter = upserter;
        this.freshness = freshness;
        this.clusters = clusters;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    public IngestCounts store(IngestBatch batch) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(STORE_LOCK).query().singleValue();
        // A feed listing the same id twice holds one posting; the later copy wins.
        Map<String, NormalizedJob> unique = new LinkedHashMap<>();
        batch.jobs().forEach(job -> unique.put(job.sourceId(), job));
        String source = batch.source().id();
        List<String> seenIds = List.copyOf(unique.keySet());

        JobUpserter.Written written = upserter.upsert(source, batch.board(), List.copyOf(unique.values()));
        Set<Long> updated = new LinkedHashSet<>(written.updated());
        updated.addAll(freshness.markSeen(source, seenIds));
        List<Long> closed = batch.completeFeed() && !seenIds.isEmpty()
                ? freshness.recordMisses(source, batch.board(), seenIds)
                : List.of();
        List<Long> touched = new ArrayList<>(written.created());
        touched.addAll(updated);
        clusters.recluster(touched);

        events.publishEvent(new JobsIngested(batch.source(), batch.board(), written.created(),
                List.copyOf(updated), closed));
        int unchanged = batch.jobs().size() - written.created().size() - updated.size();
        return new IngestCounts(written.created().size(), updated.size(), unchanged, closed.size());
    }
}
