package com.careeragent.sources.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.connector.JobSource;

/**
 * Starts refresh runs and executes them in the background, one source per virtual thread. Only one run
 * exists at a time across all instances (PostgreSQL decides); asking while one runs returns that run.
 * A running run beats a heartbeat, so one left behind by a dead instance is recognised and failed.
 */
@Service
public class RefreshRuns {

    static final String ABANDONED = "abandoned: the instance running it stopped (no heartbeat)";
    /** Several instances share one cron: the first starts the run, the others see it and skip. */
    private static final Duration SCHEDULED_GAP = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(RefreshRuns.class);

    private final RunStore store;
    private final RunPlan plan;
    private final SourceRunner runner;
    private final TransactionTemplate tx;
    private final SourcesProperties properties;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("refresh-heartbeat").factory());
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();

    RefreshRuns(RunStore store, RunPlan plan, SourceRunner runner, TransactionTemplate tx, SourcesProperties properties) {
        this.store = store;
        this.plan = plan;
        this.runner = runner;
        this.tx = tx;
        this.properties = properties;
        long beat = Math.max(1000, properties.staleRunAfter().toMillis() / 6);
        heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
    }

    public record Started(UUID runId, boolean reused) {
    }

    /** Starts a run of the given sources (all when empty), or returns the run already in progress. */
    public Started start(Collection<SourceName> requested, UUID requestedBy) {
        return tryStart(requested, requestedBy, "manual", Duration.ZERO)
                .or(() -> tryStart(requested, requestedBy, "manual", Duration.ZERO))
                .orElseThrow(() -> new IllegalStateException("no run could be started or found"));
    }

    /** The cron's entry point: skipped when another instance started the scheduled run already. */
    public Optional<Started> startScheduled() {
        return tryStart(List.of(), null, "scheduled", SCHEDULED_GAP);
    }

    /** The latest log of each source (for the Sources page), keyed by source name. */
    public java.util.Map<String, RunReport.SourceReport> latestPerSource() {
        return store.latestPerSource();
    }

    /** Marks runs of dead instances failed; called at start-up and before every start. */
    public int recoverAbandoned() {
        return store.failStale(properties.staleRunAfter(), ABANDONED);
    }

    private Optional<Started> tryStart(Collection<SourceName> requested, UUID requestedBy, String trigger, Duration gap) {
        recoverAbandoned();
        List<SourceName> names = requested.isEmpty() ? List.of(SourceName.values())
                : requested.stream().distinct().sorted().toList();
        record Planned(UUID runId, List<JobSource> sources) {
        }
        Optional<Planned> planned = tx.execute(status -> store
                .tryStart(names.stream().map(SourceName::id).toList(), requestedBy, trigger, gap)
                .map(runId -> new Planned(runId, plan.write(runId, names))));
        if (planned != null && planned.isPresent()) {
            UUID runId = planned.get().runId();
            active.add(runId);
            workers.submit(() -> execute(runId, planned.get().sources()));
            return Optional.of(new Started(runId, false));
        }
        return store.running().map(runId -> new Started(runId, true));
    }

    private void execute(UUID runId, List<JobSource> sources) {
        try {
            List<Future<String>> results = new ArrayList<>();
            sources.forEach(source -> results.add(workers.submit(() -> runner.run(runId, source))));
            List<String> statuses = new ArrayList<>();
            for (Future<String> result : results) {
                statuses.add(result.get());
            }
            store.finishRun(runId, overall(statuses), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failRun(runId, "interrupted: the app stopped during the run");
        } catch (Exception e) {
            log.error("Refresh run {} failed", runId, e);
            failRun(runId, "internal error (" + e.getClass().getSimpleName() + ")");
        } finally {
            active.remove(runId);
        }
    }

    static String overall(List<String> sourceStatuses) {
        long failed = sourceStatuses.stream().filter("failed"::equals).count();
        if (failed == 0) {
            return "completed";
        }
        return failed == sourceStatuses.size() ? "failed" : "partial";
    }

    private void failRun(UUID runId, String reason) {
        store.failUnfinishedSources(List.of(runId), reason);
        store.finishRun(runId, "failed", reason);
    }

    private void beat() {
        try {
            active.forEach(store::heartbeat);
        } catch (RuntimeException e) {
            log.warn("Could not record the refresh heartbeat", e);
        }
    }

    /** A graceful stop ends this instance's runs as failed instead of leaving them "running". */
    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        workers.shutdownNow();
        for (UUID runId : active) {
            try {
                failRun(runId, "interrupted: the app stopped during the run");
            } catch (RuntimeException e) {
                log.warn("Could not mark run {} as interrupted", runId, e);
            }
        }
    }
}
