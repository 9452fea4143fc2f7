package com.careeragent.matching.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careeragent.matching.scoring.CompiledJob;
import com.careeragent.matching.scoring.JobPosting;
import com.careeragent.matching.scoring.MatchCompiler;

/**
 * Keeps the {@link OpenJobIndex} in step with the {@code jobs} table: a full load at start-up and now and
 * then, and an incremental refresh of just the clusters an ingestion touched.
 */
public final class IndexMaintenance {

    private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);
    private final OpenJobsReader reader;
    private final MatchCompiler compiler;
    private final OpenJobIndex index;
    private final CountDownLatch loaded = new CountDownLatch(1);

    public IndexMaintenance(OpenJobsReader reader, MatchCompiler compiler, OpenJobIndex index) {
        this.reader = reader;
        this.compiler = compiler;
        this.index = index;
    }

    /** Loads every open job, keeping the oldest open posting of each duplicate cluster. */
    public synchronized void rebuild() {
        long started = System.nanoTime();
        Map<Long, CompiledJob> representatives = new LinkedHashMap<>();
        reader.forEachOpen(posting -> representatives.computeIfAbsent(posting.clusterKey(), k -> compile(posting)));
        index.replaceAll(representatives.values());
        loaded.countDown();
        log.info("Matching index loaded: {} open jobs (one per duplicate cluster) in {} ms", index.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Re-reads the clusters of the given jobs (created, updated or closed) and swaps them in the index. */
    public synchronized void refresh(Collection<Long> jobIds) {
        if (jobIds.isEmpty()) {
            return;
        }
        Set<Long> clusters = new HashSet<>(reader.clusterKeysOf(jobIds));
        for (Long id : jobIds) {
            Long previous = index.clusterOf(id);
            if (previous != null) {
                clusters.add(previous);
            }
        }
        Map<Long, CompiledJob> representatives = new LinkedHashMap<>();
        for (JobPosting posting : reader.openInClusters(clusters)) {
            representatives.computeIfAbsent(posting.clusterKey(), k -> compile(posting));
        }
        index.replace(clusters, new HashSet<>(jobIds), new ArrayList<>(representatives.values()));
    }

    /** Waits (bounded) until the first full load finished; false on timeout. */
    public boolean awaitLoaded(long timeout, TimeUnit unit) throws InterruptedException {
        return loaded.await(timeout, unit);
    }

    public List<Long> indexedAmong(Collection<Long> jobIds) {
        return jobIds.stream().filter(index::contains).toList();
    }

    private CompiledJob compile(JobPosting posting) {
        return compiler.job(posting);
    }
}
