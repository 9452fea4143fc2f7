package com.careeragent.jobs.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careeragent.shared.sql.LikePatterns;

/**
 * The conditions of a search over {@code jobs j}, in two groups. Walk conditions (status, posted after)
 * bound an index walk in posted_at order; row tests (everything else) are checked on each row the walk
 * visits, cheapest first, the text match last. Together they are the WHERE clause of any other plan,
 * where the GIN indexes on the tsvector and skills and the trigram index on location can answer them.
 */
final class SearchConditions {

    static final String TSQUERY = "websearch_to_tsquery('english', :q)";
    static final String SALARY_PER_YEAR = "job_salary_per_year(coalesce(j.salary_max, j.salary_min), j.salary_period)";
    static final String HAS_SALARY = "coalesce(j.salary_max, j.salary_min) IS NOT NULL";

    private final List<String> walk = new ArrayList<>();
    private final List<String> tests = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private String text;

    private SearchConditions(JobQuery query, boolean withText) {
        if (!query.includeClosed()) {
            walk.add("j.status = 'open'");
        }
        if (query.postedAfter() != null) {
            walk.add("j.posted_at >= :postedAfter");
            params.put("postedAfter", Timestamp.from(query.postedAfter()));
        }
        if (query.remote() != null) {
            tests.add("j.remote = :remote");
            params.put("remote", query.remote());
        }
        if (!query.sources().isEmpty()) {
            tests.add("j.source = ANY(:sources)");
            params.put("sources", query.sources().toArray(String[]::new));
        }
        if (!query.seniority().isEmpty()) {
            tests.add("j.seniority = ANY(:seniority)");
            params.put("seniority", query.seniority().toArray(String[]::new));
        }
        if (!query.employmentTypes().isEmpty()) {
            tests.add("j.employment_type = ANY(:employmentTypes)");
            params.put("employmentTypes", query.employmentTypes().toArray(String[]::new));
        }
        if (query.salaryMin() != null) {
            tests.add(HAS_SALARY + " AND " + SALARY_PER_YEAR + " >= :salaryMin");
            params.put("salaryMin", query.salaryMin().longValue());
        }
        if (!query.skills().isEmpty()) {
            tests.add("j.skills @> :skills::text[]");
            params.put("skills", query.skills().toArray(String[]::new));
        }
        if (query.location() != null) {
            tests.add("lower(j.location) LIKE :location");
            params.put("location", "%" + LikePatterns.escape(query.location().toLowerCase()) + "%");
        }
        if (withText && query.hasText()) {
            text = "j.search_vector @@ " + TSQUERY;
            params.put("q", query.text());
        }
    }

    static SearchConditions of(JobQuery query) {
        return new SearchConditions(query, true);
    }

    /** All conditions of the query as one WHERE clause. */
    static SqlFragment all(JobQuery query) {
        return of(query).where();
    }

    /** The conditions except the text, for estimating how the filters alone spread over time. */
    static SqlFragment withoutText(JobQuery query) {
        return new SearchConditions(query, false).where();
    }

    SqlFragment where() {
        List<String> all = new ArrayList<>(walk);
        all.addAll(tests);
        if (text != null) {
            all.add(text);
        }
        return new SqlFragment(join(all), params);
    }

    /** Conditions an index walk in posted_at order can bound itself with. */
    String walkConditions() {
        return join(walk);
    }

    /** Conditions tested on each walked row, as one boolean expression (text last: the costliest). */
    String rowTests() {
        List<String> all = new ArrayList<>(tests);
        if (text != null) {
            all.add(text);
        }
        return join(all);
    }

    /** The row tests except the text: all of them answerable from jobs_open_newest_idx. */
    String filterTests() {
        return join(tests);
    }

    boolean hasFilterTests() {
        return !tests.isEmpty();
    }

    Map<String, Object> params() {
        return params;
    }

    private static String join(List<String> conditions) {
        return conditions.isEmpty() ? "TRUE" : "(" + String.join(") AND (", conditions) + ")";
    }

    /** LIKE treats % _ and \ specially; a location filter means the literal text. */
}
