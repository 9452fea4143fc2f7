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
import com.careeragent.jobs.search.CandidateScan.Options;
import com.careeragent.jobs.search.CandidateScan.Order;

/**
 * Full-text job search in two phases. Phase one collects matching jobs in result order without visiting
 * every match of a broad term ({@link NewestMatches}, {@link CandidateScan}), then orders, collapses
 * duplicates, counts and facets them in memory. Phase two ({@link JobRows}) loads the one page shown,
 * with highlights. When phase one did not see every match the total and facets are estimates and say so.
 * sort=relevance ranks the newest {@code rankWindow} matches by ts_rank; later results follow newest first.
 */
@Service
public class JobSearch {

    private static final int SALARY_WALK = 10_000;
    private static final Comparator<Candidate> BY_RANK = Comparator.comparingDouble(Candidate::rank).reversed()
            .thenComparing(Candidate::postedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(Comparator.comparingLong(Candidate::id).reversed());

    private final QueryTexts texts;
    private final CandidateScan scan;
    private final NewestMatches newest;
    private final JobRows rows;
    private final JobSearchSettings settings;

    public JobSearch(JdbcClient jdbc, PlatformTransactionManager transactions, JobRows rows, QueryTexts texts,
            LexemeFrequencies lexemes, JobSearchSettings settings) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.texts = texts;
        this.scan = new CandidateScan(jdbc, readOnly);
        this.newest = new NewestMatches(scan, new TotalEstimator(jdbc), lexemes);
        this.rows = rows;
        this.settings = settings;
    }

    public JobSearchResult search(JobQuery request) {
        Prepared prepared = prepare(request);
        JobQuery query = prepared.query();
        JobSort sort = query.sort() == JobSort.RELEVANCE && !query.hasText() ? JobSort.NEWEST : query.sort();
        int needed = query.rowsThroughPage();
        int fill = query.collapse() ? needed + needed / 4 + 1 : needed;
        boolean byRank = sort == JobSort.RELEVANCE;
        Options options = new Options(byRank, query.facets());
        NewestMatches.Found found;
        List<Candidate> ordered;
        while (true) {
            int window = byRank ? Math.max(settings.rankWindow(), fill) : fill;
            // salary order takes its page from elsewhere; the newest matches only count
            int mustFill = sort == JobSort.SALARY ? 1 : window;
            found = newest.find(query, Math.max(mustFill, settings.sample()), mustFill, options, prepared.text());
            ordered = sort == JobSort.SALARY ? bySalary(query, fill)
                    : byRank ? rankedFirst(found.newest(), settings.rankWindow()) : found.newest();
            if (query.collapse()) {
                ordered = Collapse.firstPerCluster(ordered);
            }
            // collapsing can leave too few rows for the page: collect more
            if (found.complete() || ordered.size() >= needed || fill >= 4 * settings.maxResultWindow()) {
                break;
            }
            fill *= 2;
        }
        List<Candidate> counted = query.collapse() ? Collapse.firstPerCluster(found.newest()) : found.newest();
        long total = found.complete() ? counted.size() : Math.max(ordered.size(), TotalEstimator.round(
                Math.round(found.total() * (double) counted.size() / Math.max(1, found.newest().size()))));
        int from = Math.min(query.page() * query.size(), ordered.size());
        List<Long> ids = ordered.subList(from, Math.min(needed, ordered.size())).stream()
                .map(Candidate::id).toList();
        Map<Long, JobSummary> loaded = rows.load(ids, prepared.stems());
        List<JobSummary> items = ids.stream().map(loaded::get).filter(item -> item != null).toList();
        JobFacets facets = query.facets() ? FacetCounter.count(counted, total, !found.complete()) : null;
        return new JobSearchResult(items, total, !found.complete(), sort, facets);
    }

    private record Prepared(JobQuery query, QueryTexts.Parsed text) {

        List<String> stems() {
            return text.stems();
        }
    }

    /** Drops a text of only stop words ("the") and lists the stems a text looks for. */
    private Prepared prepare(JobQuery query) {
        QueryTexts.Parsed none = new QueryTexts.Parsed(0, List.of());
        if (!query.hasText()) {
            return new Prepared(query, none);
        }
        QueryTexts.Parsed parsed = texts.parse(query.text());
        return parsed.hasLexemes() ? new Prepared(query, parsed) : new Prepared(query.withoutText(), none);
    }

    /** The newest {@code window} matches by rank (ties: newest), then the rest newest first. */
    private static List<Candidate> rankedFirst(List<Candidate> newestFirst, int window) {
        List<Candidate> ordered = new ArrayList<>(newestFirst.size());
        ordered.addAll(newestFirst.subList(0, Math.min(window, newestFirst.size())).stream().sorted(BY_RANK).toList());
        ordered.addAll(newestFirst.subList(Math.min(window, newestFirst.size()), newestFirst.size()));
        return ordered;
    }

    /** The first {@code fill} rows by salary: stated salaries highest first (per year), then the rest newest. */
    private List<Candidate> bySalary(JobQuery query, int fill) {
        Options options = new Options(false, false);
        List<Candidate> ordered = new ArrayList<>(firstIn(query, Order.SALARY, "TRUE", fill, options));
        if (ordered.size() < fill) {
            String noSalary = "NOT (" + SearchConditions.HAS_SALARY + ")";
            ordered.addAll(firstIn(query, Order.NEWEST, noSalary, fill - ordered.size(), options));
        }
        return ordered;
    }

    /** All of the first {@code limit} matches in an order: a bounded walk, else PostgreSQL's plan. */
    private List<Candidate> firstIn(JobQuery query, Order order, String extraTest, int limit, Options options) {
        CandidateScan.Walk walk = scan.walk(query, order, extraTest, limit, SALARY_WALK, options);
        if (walk.found(limit) || walk.exhausted()) {
            return walk.hits();
        }
        return scan.planned(query, order, extraTest, limit, options, null);
    }
}
