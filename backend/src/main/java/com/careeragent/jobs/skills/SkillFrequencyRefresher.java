package com.careeragent.jobs.skills;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.careeragent.jobs.JobsIngested;

/**
 * Recounts how many open jobs ask for each skill (the {@code job_skill_frequencies} view) at start-up and,
 * at most once a minute, after ingestion changed jobs; over a million jobs that takes seconds, far too
 * slow to do per keystroke. CONCURRENTLY keeps the old counts readable while the new ones are computed.
 */
@Component
public class SkillFrequencyRefresher {

    private static final Logger log = LoggerFactory.getLogger(SkillFrequencyRefresher.class);
    private final JdbcClient jdbc;
    private final AtomicBoolean stale = new AtomicBoolean(true);

    SkillFrequencyRefresher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void onStartup() {
        refreshIfStale();
    }

    @TransactionalEventListener
    void onIngested(JobsIngested ingested) {
        if (!ingested.isEmpty()) {
            stale.set(true);
        }
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    public void refreshIfStale() {
        if (stale.getAndSet(false)) {
            refresh();
        }
    }

    public void refresh() {
        long started = System.nanoTime();
        try {
            jdbc.sql("REFRESH MATERIALIZED VIEW CONCURRENTLY job_skill_frequencies").update();
            log.debug("Skill frequencies refreshed in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            stale.set(true);
            log.warn("Could not refresh skill frequencies: {}", e.getMessage());
        }
    }
}
