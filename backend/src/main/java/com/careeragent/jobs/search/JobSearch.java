package com.careeragent.jobs.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.careeragent.jobs.JobSummary;

/**
 * Full-text job search in two phases. Phase one ({@link CandidateScan}) collects matching jobs in an index
 * order and stops early, so a broad term costs about the same as a rare one; it orders, collapses
 * duplicates, counts and facets those candidates in memory. Phase two ({@link JobRows}) loads the one
 * page shown, with highlights. When phase one could not see every match the total is estimated
 * ({@link TotalEstimator}) and says so; sort=relevance then ranks the newest {@code rankWindow} matches.
 */
@Service
public class JobSearch {

    private static final Comparator<Candidate> BY_RANK = Comparator.comparingDouble(Candidate::rank).reversed()
            .thenComparing(Candidate::postedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Comparator.comparingLong(Candidate::id).reversed());

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;
    private final CandidateScan scan;
    private final TotalEstimator estimator;
    private final JobRows rows;
    private final JobSearchSettings settings;

    public JobSearch(JdbcClient jdbc, PlatformTransactionManager transactions, JobRows rows,
            JobSearchSettings settings) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.scan = new CandidateScan(jdbc);
        this.estimator = new TotalEstimator(jdbc);
        this.rows = rows;
        this.settings = settings;
    }

    public JobSearchSettings settings() {
        return settings;
    }

    public JobSearchResult search(JobQuery request) {
        return readOnly.execute(status -> {
            JobQuery query = prepare(request);
            JobSort sort = query.sort() == JobSort.RELEVANCE && !query.hasText() ? JobSort.NEWEST : query.sort();
            Candidates found = sort == JobSort.SALARY ? bySalary(query) : byDate(query, sort == JobSort.RELEVANCE);
            long total;
            boolean estimated = !found.complete();
            List<Candidate> sample = query.collapse() ? Collapse.firstPerCluster(found.newest()) : found.newest();
            if (estimated) {
                double kept = (double) sample.size() / found.newest().size();
                total = Math.max(found.ordered().size(),
                        TotalEstimator.round(Math.round(estimator.estimate(query, found.newest()) * kept)));
            } else {
                total = sample.size();
            }
            int from = Math.min(query.page() * query.size(), found.ordered().size());
            int to = Math.min(query.rowsThroughPage(), found.ordered().size());
            List<Long> ids = found.ordered().subList(from, to).stream().map(Candidate::id).toList();
            Map<Long, JobSummary> loaded = rows.load(ids, query.hasText() ? query.text() : null);
            List<JobSummary> items = ids.stream().map(loaded::get).filter(item -> item != null).toList();
            JobFacets facets = query.facets() ? FacetCounter.count(sample, total, estimated) : null;
            return new JobSearchResult(items, total, estimated, sort, facets);
        });
    }

    /**
     * Per-transaction planner settings: always plan with the actual search terms (a generic plan cannot know
     * whether "java" matches 1% or 30% of jobs), and drop a text that is only stop words ("the").
     */
    private JobQuery prepare(JobQuery query) {
        boolean hasLexemes = jdbc.sql("""
                SELECT set_config('plan_cache_mode', 'force_custom_plan', true) IS NOT NULL
                   AND (CAST(:q AS text) IS NULL OR numnode(websearch_to_tsquery('english', CAST(:q AS text))) > 0)""")
                .param("q", query.hasText() ? query.text() : null)
                .query(Boolean.class)
                .single();
        return hasLexemes ? query : query.withoutText();
    }

    /** Matches ordered, the newest matches seen (for counting), and whether those are all the matches. */
    private record Candidates(List<Candidate> ordered, List<Candidate> newest, boolean complete) {
    }

    private Candidates byDate(JobQuery query, boolean byRank) {
        int needed = query.rowsThroughPage();
        int floor = query.facets() ? settings.facetSample() : settings.estimateSample();
        int limit = Math.max(byRank ? settings.rankWindow() : 0, Math.max(floor, needed + needed / 4 + 1));
        var options = new CandidateScan.Options(byRank, query.facets());
        while (true) {
            List<Candidate> newest = scan.newest(query, limit, options);
            boolean complete = newest.size() < limit;
            List<Candidate> ordered = byRank ? newest.stream().sorted(BY_RANK).toList() : newest;
            if (query.collapse()) {
                ordered = Collapse.firstPerCluster(ordered);
            }
            // collapsing may leave too few rows for the page: look further
            if (complete || ordered.size() >= needed) {
                return new Candidates(ordered, newest, complete);
            }
            limit *= 2;
        }
    }

    private Candidates bySalary(JobQuery query) {
        int needed = query.rowsThroughPage();
        int limit = needed + needed / 4 + 1;
        var options = new CandidateScan.Options(false, query.facets());
        while (true) {
            List<Candidate> ordered = new ArrayList<>(scan.withSalary(query, limit, options));
            boolean complete = ordered.size() < limit;
            if (complete) {
                // jobs without a stated salary follow, newest first
                List<Candidate> rest = scan.withoutSalary(query, limit, options);
                complete = rest.size() < limit;
                ordered.addAll(rest);
            }
            List<Candidate> shown = query.collapse() ? Collapse.firstPerCluster(ordered) : ordered;
            if (complete) {
                return new Candidates(shown, ordered, true);
            }
            if (shown.size() >= needed) {
                int floor = query.facets() ? settings.facetSample() : settings.estimateSample();
                List<Candidate> newest = scan.newest(query, floor, options);
                return new Candidates(shown, newest, newest.size() < floor);
            }
            limit *= 2;
        }
    }
}
