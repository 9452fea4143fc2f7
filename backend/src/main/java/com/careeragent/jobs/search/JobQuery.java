package com.careeragent.jobs.search;

import java.time.Instant;
import java.util.List;

/**
 * A validated search request: free text in web-search syntax plus filters. Empty lists and nulls mean
 * "no filter". {@code skills} are canonical names, all of which a job must ask for.
 */
public record JobQuery(String text, List<String> sources, List<String> skills, Boolean remote, String location,
        Integer salaryMin, Instant postedAfter, List<String> seniority, List<String> employmentTypes,
        boolean includeClosed, boolean collapse, JobSort sort, int page, int size, boolean facets) {

    public JobQuery {
        sources = List.copyOf(sources);
        skills = List.copyOf(skills);
        seniority = List.copyOf(seniority);
        employmentTypes = List.copyOf(employmentTypes);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** How many result rows the requested page needs, counting from the first. */
    public int rowsThroughPage() {
        return (page + 1) * size;
    }

    public JobQuery withoutText() {
        return new JobQuery(null, sources, skills, remote, location, salaryMin, postedAfter, seniority,
                employmentTypes, includeClosed, collapse, sort, page, size, facets);
    }

    public JobQuery withSkills(List<String> canonical) {
        return new JobQuery(text, sources, canonical, remote, location, salaryMin, postedAfter, seniority,
                employmentTypes, includeClosed, collapse, sort, page, size, facets);
    }
}
