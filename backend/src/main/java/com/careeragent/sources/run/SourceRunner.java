package com.careeragent.sources.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.IngestBatch;
import com.careeragent.jobs.IngestCounts;
import com.careeragent.jobs.JobCatalog;
import com.careeragent.jobs.NormalizedJob;
import com.careeragent.sources.SourcesProperties;
import com.careeragent.sources.connector.FeedResult;
import com.careeragent.sources.connector.JobSource;
import com.careeragent.sources.http.Deadline;
import com.careeragent.sources.http.FetchFailure;
import com.careeragent.sources.normalize.PostingNormalizer;
import com.careeragent.sources.normalize.RawPosting;

/**
 * Reads one source in one run: every feed (board) is fetched, normalised and stored on its own, so a
 * failing board loses nothing of the others. The source fails when any of its feeds failed.
 */
@Component
class SourceRunner {

    private static final Logger log = LoggerFactory.getLogger(SourceRunner.class);

    private final PostingNormalizer normalizer;
    private final JobCatalog catalog;
    private final RunStore store;
    private final SourcesProperties properties;

    SourceRunner(PostingNormalizer normalizer, JobCatalog catalog, RunStore store, SourcesProperties properties) {
        this.normalizer = normalizer;
        this.catalog = catalog;
        this.store = store;
        this.properties = properties;
    }

    /** Returns the source's final status. */
    String run(UUID runId, JobSource source) {
        Deadline deadline = Deadline.after(properties.sourceBudget());
        SourceCounts counts = SourceCounts.ZERO;
        List<String> errors = new ArrayList<>();
        for (String feed : source.feeds()) {
            String label = feed.isEmpty() ? "" : feed + ": ";
            try {
                FeedResult result = source.fetch(feed, deadline);
                counts = store(source, feed, result, counts);
                if (result.error() != null) {
                    errors.add(label + result.error());
                }
            } catch (FetchFailure e) {
                errors.add(label + e.getMessage());
            } catch (RuntimeException e) {
                log.error("Source {} feed '{}' failed unexpectedly", source.name(), feed, e);
                errors.add(label + "internal error (" + e.getClass().getSimpleName() + ")");
            }
        }
        String status = errors.isEmpty() ? "completed" : "failed";
        String error = errors.isEmpty() ? null : String.join("; ", errors);
        if (error != null) {
            log.warn("Source {} in run {}: {}", source.name(), runId, error);
        }
        store.finishSource(runId, source.name().id(), status, counts, error);
        return status;
    }

    private SourceCounts store(JobSource source, String feed, FeedResult result, SourceCounts counts) {
        List<NormalizedJob> jobs = new ArrayList<>();
        int invalid = 0;
        for (RawPosting raw : result.postings()) {
            Optional<NormalizedJob> job = normalize(raw);
            if (job.isPresent()) {
                jobs.add(job.get());
            } else {
                invalid++;
                log.info("Skipped invalid {} posting {} (no title or company)", source.name(), raw.sourceId());
            }
        }
        boolean complete = source.wholeBoard() && result.complete() && result.error() == null;
        IngestCounts stored = catalog.store(new IngestBatch(source.name(), feed, jobs, complete));
        return counts.plus(result.postings().size(), invalid, stored);
    }

    private Optional<NormalizedJob> normalize(RawPosting raw) {
        try {
            return normalizer.normalize(raw);
        } catch (RuntimeException e) {
            log.warn("Could not normalise posting {}", raw.sourceId(), e);
            return Optional.empty();
        }
    }
}
