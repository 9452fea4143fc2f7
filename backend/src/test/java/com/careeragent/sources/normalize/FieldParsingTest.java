package com.careeragent.sources.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldParsingTest {

    @Test
    void salariesAreReadOnlyWhenStatedWithACurrency() {
        assertThat(SalaryText.parse("$80k - $100k")).isEqualTo(new Salary(80000, 100000, "USD", "year"));
        assertThat(SalaryText.parse("$139,200—$235,200 USD")).isEqualTo(new Salary(139200, 235200, "USD", "year"));
        assertThat(SalaryText.parse("CA$215K – CA$310K")).isEqualTo(new Salary(215000, 310000, "CAD", "year"));
        assertThat(SalaryText.parse("€50.000–60.000 per year")).isEqualTo(new Salary(50000, 60000, "EUR", "year"));
        assertThat(SalaryText.parse("$40/hour")).isEqualTo(new Salary(40, null, "USD", "hour"));
        assertThat(SalaryText.parse("£45 - 55k")).isEqualTo(new Salary(45000, 55000, "GBP", "year"));
        assertThat(SalaryText.parse("competitive")).isNull();
        assertThat(SalaryText.parse("80 - 100")).as("no currency, no salary").isNull();
        assertThat(SalaryText.parse("")).isNull();
        assertThat(Salary.of(0, 0, "USD", "year")).as("RemoteOK's 0 means undisclosed").isNull();
        assertThat(Salary.of(120000, 90000, "USD", "year")).isEqualTo(new Salary(90000, 120000, "USD", "year"));
    }

    @Test
    void applyUrlsLoseTrackingButKeepWhatIdentifiesTheJob() {
        assertThat(ApplyUrls.canonical("https://applicantai.com/jump/software-engineer/3439?ref=remoteok#apply"))
                .isEqualTo("https://applicantai.com/jump/software-engineer/3439#apply");
        assertThat(ApplyUrls.canonical("HTTPS://Jobs.Example.com/a?utm_source=x&gh_jid=42&gclid=1&lever-source=y"))
                .isEqualTo("https://jobs.example.com/a?gh_jid=42");
        assertThat(ApplyUrls.canonical("javascript:alert(1)")).isNull();
        assertThat(ApplyUrls.canonical("data:text/html,hi")).isNull();
        assertThat(ApplyUrls.canonical("not a url")).isNull();
        assertThat(ApplyUrls.canonical("https://user:pw@example.com/")).isNull();
    }

    @Test
    void seniorityComesFromTheTitleAndEmploymentTypesAreMapped() {
        assertThat(JobVocabulary.seniority("Senior / Staff Fullstack Engineer")).isEqualTo("senior");
        assertThat(JobVocabulary.seniority("Associate Product Manager, Intern")).isEqualTo("intern");
        assertThat(JobVocabulary.seniority("Deployment Strategist, New Grad - Commercial")).isEqualTo("junior");
        assertThat(JobVocabulary.seniority("Sr. Data Engineer")).isEqualTo("senior");
        assertThat(JobVocabulary.seniority("Head of Design")).isEqualTo("director");
        assertThat(JobVocabulary.seniority("Software Engineer")).isNull();
        assertThat(JobVocabulary.employmentType("FullTime")).isEqualTo("full_time");
        assertThat(JobVocabulary.employmentType("Full-Time: Experienced")).isEqualTo("full_time");
        assertThat(JobVocabulary.employmentType("Summer Internship")).isEqualTo("internship");
        assertThat(JobVocabulary.employmentType("part_time")).isEqualTo("part_time");
        assertThat(JobVocabulary.employmentType("Short Term")).isEqualTo("temporary");
        assertThat(JobVocabulary.employmentType("International Office Entity")).isNull();
    }
}
