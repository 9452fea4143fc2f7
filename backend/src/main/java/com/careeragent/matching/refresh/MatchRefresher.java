package com.careeragent.matching.refresh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import com.careeragent.auth.UserId;
import com.careeragent.matching.Candidate;
import com.careeragent.matching.MatchingProperties;
import com.careeragent.matching.index.IndexMaintenance;
import com.careeragent.matching.index.OpenJobIndex;
import com.careeragent.matching.index.OpenJobsReader;
import com.careeragent.matching.scoring.CompiledCandidate;
import com.careeragent.matching.scoring.CompiledJob;
import com.careeragent.matching.scoring.JobPosting;
import com.careeragent.matching.scoring.MatchScorer;
import com.careeragent.matching.tracking.MatchStore;

/**
 * Recomputes and stores matches: all of one person's after their profile changed, or only the new jobs
 * for everyone maintained after an ingestion. Work for one person is serialised (striped locks), so a
 * profile edit and an ingestion never interleave their writes.
 */
public final class MatchRefresher {

    private static final Logger log = LoggerFactory.getLogger(MatchRefresher.class);
    private static final int STRIPES = 64;
    private static final long INDEX_WAIT_SECONDS = 120;

    private final ProfileCandidates candidates;
    private final OpenJobIndex index;
    private final IndexMaintenance maintenance;
    private final OpenJobsReader reader;
    private final MatchScorer scorer;
    private final MatchStore store;
    private final MatchingProperties properties;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public MatchRefresher(ProfileCandidates candidates, OpenJobIndex index, IndexMaintenance maintenance,
            OpenJobsReader reader, MatchScorer scorer, MatchStore store, MatchingProperties properties) {
        this.candidates = candidates;
        this.index = index;
        this.maintenance = maintenance;
        this.reader = reader;
        this.scorer = scorer;
        this.store = store;
        this.properties = properties;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Ranks every open job for the person and replaces their untouched matches with the result. */
    public void refreshUser(UserId user) {
        awaitIndex();
        withLock(user, () -> {
            Optional<Candidate> candidate = candidates.find(user).filter(c -> !c.isEmpty());
            if (candidate.isEmpty()) {
                store.forget(user);
                return;
            }
            // maintained from now on, so that jobs ingested while we rank are scored for this person too
            store.markComputed(user, 0, 0);
            CompiledCandidate compiled = scorer.compiler().candidate(candidate.get());
            List<OpenJobIndex.Ranked> ranked = index.rank(compiled, properties.minScore(), properties.maxStoredPerUser());
            Set<Long> jobIds = new LinkedHashSet<>();
            ranked.forEach(r -> jobIds.add(r.jobId()));
            jobIds.addAll(store.trackedJobIds(user));
            List<MatchStore.Computed> computed = explain(compiled, jobIds);
            store.upsert(user, computed);
            store.deleteNewExcept(user, jobIds);
            store.markComputed(user, ranked.size(), computed.size());
        });
    }

    /** Scores just-ingested jobs for everyone maintained; drops untouched matches of closed jobs. */
    public void jobsChanged(Collection<Long> createdOrUpdated, Collection<Long> closed) {
        awaitIndex();
        Set<Long> changed = new HashSet<>(createdOrUpdated);
        changed.addAll(closed);
        maintenance.refresh(changed);
        List<Long> indexed = maintenance.indexedAmong(createdOrUpdated);
        for (UserId user : store.maintainedUsers()) {
            try {
                scoreChanged(user, createdOrUpdated, changed, indexed);
            } catch (DataAccessException e) {
                // one person's failure must not keep the new jobs from everyone else
                log.warn("Scoring ingested jobs for user {} failed: {}", user, e.getMessage());
            }
        }
    }

    private void scoreChanged(UserId user, Collection<Long> createdOrUpdated, Set<Long> changed, List<Long> indexed) {
        withLock(user, () -> candidates.find(user).filter(c -> !c.isEmpty()).ifPresent(candidate -> {
            CompiledCandidate compiled = scorer.compiler().candidate(candidate);
            List<OpenJobIndex.Ranked> ranked = index.rankOnly(compiled, indexed, properties.minScore());
            Set<Long> kept = new HashSet<>();
            ranked.forEach(r -> kept.add(r.jobId()));
            Set<Long> rescored = new HashSet<>(kept);
            store.trackedJobIds(user).stream().filter(createdOrUpdated::contains).forEach(rescored::add);
            store.upsert(user, explain(compiled, rescored));
            Set<Long> dropped = new HashSet<>(changed);
            dropped.removeAll(kept);
            store.deleteNewFor(user, dropped);
        }));
    }

    private List<MatchStore.Computed> explain(CompiledCandidate candidate, Collection<Long> jobIds) {
        Map<Long, JobPosting> postings = reader.find(jobIds);
        List<MatchStore.Computed> computed = new ArrayList<>(postings.size());
        for (Long jobId : jobIds) {
            JobPosting posting = postings.get(jobId);
            if (posting != null) {
                CompiledJob job = Optional.ofNullable(index.get(jobId)).orElseGet(() -> scorer.compiler().job(posting));
                computed.add(new MatchStore.Computed(jobId, scorer.explain(candidate, job, posting)));
            }
        }
        return computed;
    }

    private void awaitIndex() {
        try {
            if (!maintenance.awaitLoaded(INDEX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Matching index still loading after {} s; ranking what is loaded", INDEX_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void withLock(UserId user, Runnable work) {
        ReentrantLock lock = locks[Math.floorMod(user.value().hashCode(), STRIPES)];
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
