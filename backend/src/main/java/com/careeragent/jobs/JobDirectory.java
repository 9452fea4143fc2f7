package com.careeragent.jobs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.careeragent.jobs.search.JobRows;

/** Read access to jobs for other modules: the same {@link JobSummary} the job list shows. */
@Service
public class JobDirectory {

    private final JobRows rows;

    JobDirectory(JobRows rows) {
        this.rows = rows;
    }

    public Optional<JobSummary> find(long id) {
        return Optional.ofNullable(rows.load(List.of(id)).get(id));
    }

    /** The jobs that exist among {@code ids}, keyed by id, in the order given. */
    public Map<Long, JobSummary> findAll(Collection<Long> ids) {
        return rows.load(ids);
    }
}
