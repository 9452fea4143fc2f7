package com.careeragent.sources.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.connector.JobSource;

/**
 * Decides, when a run starts, which requested sources actually run and why the others are skipped:
 * switched off, nothing on the watchlist, or a politeness limit reached (Remotive: 4 fetches a day).
 */
@Component
class RunPlan {

    private final Map<SourceName, JobSource> sources;
    private final RunStore store;
    private final SourcesProperties properties;

    RunPlan(List<JobSource> sources, RunStore store, SourcesProperties properties) {
        this.sources = new java.util.EnumMap<>(SourceName.class);
        sources.forEach(s -> this.sources.put(s.name(), s));
        this.store = store;
        this.properties = properties;
    }

    JobSource source(SourceName name) {
        return sources.get(name);
    }

    /** Writes one log row per requested source (running or skipped) and returns the sources to run. */
    List<JobSource> write(UUID runId, List<SourceName> requested) {
        List<JobSource> toRun = new ArrayList<>();
        int position = 0;
        for (SourceName name : requested) {
            JobSource source = sources.get(name);
            String skipped = skipReason(source);
            store.addSource(runId, name.id(), position++, skipped == null ? "running" : "skipped", skipped);
            if (skipped == null) {
                toRun.add(source);
            }
        }
        return toRun;
    }

    String skipReason(JobSource source) {
        SourceName name = source.name();
        if (!source.enabled()) {
            return "disabled (CAREER_AGENT_SOURCES_" + name.name() + "_ENABLED=false)";
        }
        if (name.boardProvider() && source.feeds().isEmpty()) {
            return "no boards on the watchlist";
        }
        if (name == SourceName.REMOTIVE) {
            int limit = properties.remotive().dailyFetches();
            int used = store.fetchesSince(name.id(), Instant.now().minus(Duration.ofDays(1)));
            if (used >= limit) {
                return "Remotive's terms allow " + limit + " fetches a day; " + used + " in the last 24 hours";
            }
        }
        return null;
    }
}
