package com.careeragent.sources;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The real Greenhouse, Lever and Ashby recordings, each served as a board on the watchlist. */
class BoardProvidersReplayTest extends SourcesApiTest {

    @Test
    void greenhouseOldFormatBoardTakesTheCompanyFromTheToken() {
        watch("greenhouse", "generalassembly");
        sites.script(greenhouse("generalassembly"),
                FakeJobSites.Reply.json(SharedFixtures.read("greenhouse/greenhouse_io-2013-jobs-with-content.json")));
        JsonNode run = refresh("greenhouse");
        assertCounts(source(run, "greenhouse"), 2, 2, 0, 0, 0, 0);
        Map<String, Object> job = job("greenhouse", "721");
        assertThat(job.get("company")).isEqualTo("Generalassembly");
        assertThat(job.get("board")).isEqualTo("generalassembly");
        assertThat(job.get("location")).isEqualTo("New York, NY");
        assertThat(job.get("description_html").toString()).contains("<h3>Who this job is right for</h3>")
                .doesNotContain("&lt;");
        assertThat(job.get("posted_at")).isEqualTo(Timestamp.from(Instant.parse("2013-09-12T21:01:50Z")));
        assertThat(job("greenhouse", "722").get("tags").toString()).contains("Finance");
    }

    @Test
    void greenhouseSingleJobWhereABoardWasExpectedFailsAndClosesNothing() {
        watch("greenhouse", "generalassembly");
        sites.script(greenhouse("generalassembly"),
                FakeJobSites.Reply.json(SharedFixtures.read("greenhouse/greenhouse_io-2013-jobs-with-content.json")));
        String token = signUp();
        refreshAs(token, "greenhouse");
        sites.script(greenhouse("generalassembly"),
                FakeJobSites.Reply.json(SharedFixtures.read("greenhouse/greenhouse_io-2013-job-with-questions.json")));
        for (int run = 0; run < 2; run++) {
            JsonNode failed = refreshAs(token, "greenhouse");
            assertThat(failed.get("status").asString()).isEqualTo("failed");
            JsonNode greenhouse = source(failed, "greenhouse");
            assertThat(greenhouse.get("status").asString()).isEqualTo("failed");
            assertThat(greenhouse.get("error").asString()).contains("generalassembly").contains("single job");
            assertCounts(greenhouse, 0, 0, 0, 0, 0, 0);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM jobs WHERE status = 'open' AND missed_runs = 0")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void greenhouseModernBoardsKeepEveryFieldWeNeed() {
        watch("greenhouse", "janestreet");
        watch("greenhouse", "gitlab");
        sites.script(greenhouse("janestreet"),
                FakeJobSites.Reply.json(SharedFixtures.read("greenhouse/opportunity-radar-janestreet-duolingo.json")));
        sites.script(greenhouse("gitlab"),
                FakeJobSites.Reply.json(SharedFixtures.read("greenhouse/jobassistant-gitlab-full-content.json")));
        JsonNode run = refresh("greenhouse");
        assertCounts(source(run, "greenhouse"), 6, 6, 0, 0, 0, 0);

        Map<String, Object> researcher = job("greenhouse", "8596771002");
        assertThat(researcher.get("title")).isEqualTo("Machine Learning Researcher");
        assertThat(researcher.get("company")).isEqualTo("Jane Street");
        assertThat(researcher.get("employment_type")).isEqualTo("internship");
        assertThat(researcher.get("url"))
                .isEqualTo("https://www.janestreet.com/join-jane-street/apply/8596771002?gh_jid=8596771002");
        Map<String, Object> accounting = job("greenhouse", "8631912002");
        assertThat(accounting.get("salary_min")).isEqualTo(100000);
        assertThat(accounting.get("salary_max")).isEqualTo(120000);
        assertThat(accounting.get("salary_currency")).as("the board states no currency").isNull();
        assertThat(accounting.get("employment_type")).isEqualTo("full_time");
        assertThat(job("greenhouse", "8806187002").get("company")).isEqualTo("Duolingo");
        assertThat(job("greenhouse", "8806187002").get("seniority")).isEqualTo("intern");

        Map<String, Object> gitlab = job("greenhouse", "8638232002");
        assertThat(gitlab.get("salary_min")).isEqualTo(139200);
        assertThat(gitlab.get("salary_max")).isEqualTo(235200);
        assertThat(gitlab.get("salary_currency")).isEqualTo("USD");
        assertThat(gitlab.get("salary_period")).isEqualTo("year");
        assertThat(gitlab.get("remote")).isEqualTo(true);
        assertThat(gitlab.get("description_html").toString()).doesNotContain("style=").doesNotContain("data-sheets");
        assertThat(job("greenhouse", "8860302002").get("salary_min")).isNull();
        assertThat(job("greenhouse", "8860302002").get("location")).isEqualTo("Remote, France");
    }

    @Test
    void leverSitesWithHourlyPayAndFullDescriptions() {
        watch("lever", "shieldai");
        watch("lever", "spotify");
        sites.script(lever("shieldai"),
                FakeJobSites.Reply.json(SharedFixtures.read("lever/opportunity-radar-shieldai-palantir.json")));
        sites.script(lever("spotify"), FakeJobSites.Reply.json(SharedFixtures.read("lever/jobassistant-spotify-full.json")));
        JsonNode run = refresh("lever");
        assertCounts(source(run, "lever"), 5, 5, 0, 0, 0, 0);

        Map<String, Object> coop = job("lever", "87d982f2-8b2b-4c73-9a19-71e461c7b724");
        assertThat(coop.get("company")).isEqualTo("Shieldai");
        assertThat(coop.get("salary_min")).isEqualTo(40);
        assertThat(coop.get("salary_max")).isEqualTo(56);
        assertThat(coop.get("salary_currency")).isEqualTo("USD");
        assertThat(coop.get("salary_period")).isEqualTo("hour");
        assertThat(coop.get("employment_type")).isEqualTo("internship");
        assertThat(coop.get("remote")).isEqualTo(false);
        assertThat(coop.get("posted_at")).isEqualTo(Timestamp.from(Instant.ofEpochMilli(1776259349091L)));
        Map<String, Object> palantir = job("lever", "d5f11334-3a73-4094-b7e0-d05b54e475b8");
        assertThat(palantir.get("company")).isEqualTo("Palantir");
        assertThat(palantir.get("seniority")).isEqualTo("junior");
        Map<String, Object> android = job("lever", "2193db3f-77c5-43b8-b030-8f92c9882bf1");
        assertThat(android.get("title")).isEqualTo("Android Engineer - Experience");
        assertThat(android.get("description_html").toString()).contains("<h3>What You'll Do</h3>").contains("<li>");
        assertThat(android.get("employment_type")).isEqualTo("full_time");
        assertThat(android.get("salary_min")).isNull();
        assertThat(android.get("apply_url"))
                .isEqualTo("https://jobs.lever.co/spotify/2193db3f-77c5-43b8-b030-8f92c9882bf1/apply");
    }

    @Test
    void ashbyBoardsWithCompensationAndPlainTextOnlyDescriptions() {
        watch("ashby", "cohere");
        watch("ashby", "linear");
        sites.script(ashby("cohere"), FakeJobSites.Reply.json(SharedFixtures.read("ashby/opportunity-radar-cohere.json")));
        sites.script(ashby("linear"), FakeJobSites.Reply.json(SharedFixtures.read("ashby/jobassistant-linear-full.json")));
        JsonNode run = refresh("ashby");
        assertCounts(source(run, "ashby"), 5, 5, 0, 0, 0, 0);

        Map<String, Object> fullStack = job("ashby", "7133d205-5421-4336-a8e2-6037b5f55073");
        assertThat(fullStack.get("title")).isEqualTo("Senior Full-Stack Engineer, Internal Applications");
        assertThat(fullStack.get("company")).isEqualTo("Cohere");
        assertThat(fullStack.get("salary_min")).isEqualTo(215000);
        assertThat(fullStack.get("salary_max")).isEqualTo(310000);
        assertThat(fullStack.get("salary_currency")).isEqualTo("CAD");
        assertThat(fullStack.get("salary_period")).isEqualTo("year");
        assertThat(fullStack.get("remote")).isEqualTo(true);
        assertThat(fullStack.get("description_text").toString()).startsWith("Who are we?");
        assertThat(fullStack.get("description_html").toString()).startsWith("<p>Who are we?</p>");
        assertThat(job("ashby", "73bd3e2b-6597-4124-b64b-1e5dbc32e785").get("employment_type")).isEqualTo("internship");
        assertThat(job("ashby", "d3bc1ced-3ce4-4086-a050-555055dbb1ff").get("description_html").toString())
                .contains("<p>At Linear").doesNotContain("style=");
    }
}
