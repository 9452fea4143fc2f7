package com.careeragent.jobs.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The WHERE clause of a search over {@code jobs j}. Every condition is one an index or a cheap row test
 * answers: the GIN index on the weighted tsvector for text, GIN on skills, trigram GIN on location,
 * plain column tests for the rest (they run on rows an ordered index walk or a bitmap already found).
 */
final class SearchConditions {

    static final String TSQUERY = "websearch_to_tsquery('english', :q)";
    static final String SALARY_PER_YEAR = "job_salary_per_year(coalesce(j.salary_max, j.salary_min), j.salary_period)";

    private SearchConditions() {
    }

    /** All conditions of the query. */
    static SqlFragment all(JobQuery query) {
        return build(query, true);
    }

    /** The conditions except the text, for estimating how the filters alone spread over time. */
    static SqlFragment withoutText(JobQuery query) {
        return build(query, false);
    }

    private static SqlFragment build(JobQuery query, boolean withText) {
        List<String> conditions = new ArrayList<>();
        SqlFragment fragment = SqlFragment.of("");
        if (!query.includeClosed()) {
            conditions.add("j.status = 'open'");
        }
        if (withText && query.hasText()) {
            conditions.add("j.search_vector @@ " + TSQUERY);
            fragment = fragment.with("q", query.text());
        }
        if (!query.sources().isEmpty()) {
            conditions.add("j.source = ANY(:sources)");
            fragment = fragment.with("sources", query.sources().toArray(String[]::new));
        }
        if (!query.skills().isEmpty()) {
            conditions.add("j.skills @> :skills::text[]");
            fragment = fragment.with("skills", query.skills().toArray(String[]::new));
        }
        if (query.remote() != null) {
            conditions.add("j.remote = :remote");
            fragment = fragment.with("remote", query.remote());
        }
        if (query.location() != null) {
            conditions.add("lower(j.location) LIKE :location");
            fragment = fragment.with("location", "%" + likeEscape(query.location().toLowerCase()) + "%");
        }
        if (query.salaryMin() != null) {
            conditions.add("coalesce(j.salary_max, j.salary_min) IS NOT NULL AND " + SALARY_PER_YEAR + " >= :salaryMin");
            fragment = fragment.with("salaryMin", query.salaryMin().longValue());
        }
        if (query.postedAfter() != null) {
            conditions.add("j.posted_at >= :postedAfter");
            fragment = fragment.with("postedAfter", Timestamp.from(query.postedAfter()));
        }
        if (!query.seniority().isEmpty()) {
            conditions.add("j.seniority = ANY(:seniority)");
            fragment = fragment.with("seniority", query.seniority().toArray(String[]::new));
        }
        if (!query.employmentTypes().isEmpty()) {
            conditions.add("j.employment_type = ANY(:employmentTypes)");
            fragment = fragment.with("employmentTypes", query.employmentTypes().toArray(String[]::new));
        }
        String where = conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
        return new SqlFragment(where, fragment.params());
    }

    /** LIKE treats % _ and \ specially; a location filter means the literal text. */
    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
