package com.careeragent.matching.scoring;

import java.time.Instant;
import java.util.List;

/** Builds postings for tests: a title plus whatever the test cares about. */
final class Postings {

    private String title = "Software Engineer";
    private String company = "Acme";
    private String location;
    private boolean remote;
    private List<String> regions = List.of();
    private String seniority;
    private Integer salaryMin;
    private Integer salaryMax;
    private String currency;
    private String period;
    private Instant postedAt;
    private List<String> skills = List.of();
    private String description;

    static Postings titled(String title) {
        Postings postings = new Postings();
        postings.title = title;
        return postings;
    }

    Postings skills(String... skills) {
        this.skills = List.of(skills);
        return this;
    }

    Postings description(String description) {
        this.description = description;
        return this;
    }

    Postings seniority(String seniority) {
        this.seniority = seniority;
        return this;
    }

    Postings onsite(String location) {
        this.location = location;
        this.remote = false;
        return this;
    }

    Postings remote(String... regions) {
        this.remote = true;
        this.regions = List.of(regions);
        return this;
    }

    Postings salary(Integer min, Integer max, String currency, String period) {
        this.salaryMin = min;
        this.salaryMax = max;
        this.currency = currency;
        this.period = period;
        return this;
    }

    Postings postedAt(Instant postedAt) {
        this.postedAt = postedAt;
        return this;
    }

    JobPosting build() {
        return new JobPosting(1, 1, title, company, location, remote, regions, seniority, salaryMin, salaryMax,
                currency, period, postedAt, skills, List.of(), description);
    }
}
