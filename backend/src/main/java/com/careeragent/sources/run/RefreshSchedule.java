package com.careeragent.sources.run;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import com.careeragent.sources.SourcesProperties;

/**
 * Scheduled refreshes on {@code CAREER_AGENT_REFRESH_CRON}; {@code -} registers nothing, so no run ever
 * starts by itself (not at start-up either). At start-up, runs left "running" by a dead instance are failed.
 */
@Configuration(proxyBeanMethods = false)
class RefreshSchedule implements SchedulingConfigurer {

    private final SourcesProperties properties;
    private final RefreshRuns runs;

    RefreshSchedule(SourcesProperties properties, RefreshRuns runs) {
        this.properties = properties;
        this.runs = runs;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!properties.scheduleDisabled()) {
            registrar.addCronTask(runs::startScheduled, properties.refreshCron().trim());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAbandonedRuns() {
        runs.recoverAbandoned();
    }
}
