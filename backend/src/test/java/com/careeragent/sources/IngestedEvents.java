package com.careeragent.sources;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;

import com.careeragent.jobs.JobsIngested;

/** Records the {@link JobsIngested} events the app publishes, as a listening module would see them. */
public class IngestedEvents {

    private final List<JobsIngested> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(JobsIngested event) {
        events.add(event);
    }

    public List<JobsIngested> all() {
        return List.copyOf(events);
    }

    public void clear() {
        events.clear();
    }
}
