package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;

import com.careeragent.matching.Candidate;

/** Builds candidates for tests. */
final class Profiles {

    private List<String> targets = List.of();
    private String headline;
    private List<String> recent = List.of();
    private String seniority;
    private Double years;
    private final List<Candidate.Skill> skills = new ArrayList<>();
    private List<String> languages = List.of();
    private String location;
    private List<String> preferred = List.of();
    private String remote;
    private Integer salary;
    private String currency;

    static Profiles empty() {
        return new Profiles();
    }

    static Profiles withSkills(String... names) {
        Profiles profiles = new Profiles();
        for (String name : names) {
            profiles.skills.add(Candidate.Skill.named(name));
        }
        return profiles;
    }

    Profiles skill(String name, String evidence) {
        skills.add(new Candidate.Skill(name, null, null, evidence));
        return this;
    }

    Profiles targets(String... titles) {
        this.targets = List.of(titles);
        return this;
    }

    Profiles headline(String headline) {
        this.headline = headline;
        return this;
    }

    Profiles recent(String... titles) {
        this.recent = List.of(titles);
        return this;
    }

    Profiles seniority(String seniority, Double years) {
        this.seniority = seniority;
        this.years = years;
        return this;
    }

    Profiles languages(String... languages) {
        this.languages = List.of(languages);
        return this;
    }

    Profiles location(String location, String remote, String... preferred) {
        this.location = location;
        this.remote = remote;
        this.preferred = List.of(preferred);
        return this;
    }

    Profiles salary(Integer salary, String currency) {
        this.salary = salary;
        this.currency = currency;
        return this;
    }

    Candidate build() {
        return new Candidate(targets, headline, recent, seniority, years, skills, languages, location, preferred,
                remote, salary, currency);
    }
}
