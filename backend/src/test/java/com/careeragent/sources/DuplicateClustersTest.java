package com.careeragent.sources;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same job on two boards, or reposted under a new id, is linked into one cluster; no row is dropped. */
class DuplicateClustersTest extends SourcesApiTest {

    private static final String TEXT = "We are looking for a backend engineer to design, build and operate the "
            + "services behind our payments platform. You will work with Java, PostgreSQL and Kafka, own features "
            + "from design to production, mentor colleagues, and improve reliability, observability and the "
            + "developer experience across several teams in a fully remote company.";
    private static final String OTHER = "Join the data science group to research ranking models for search, run "
            + "experiments with millions of users, publish papers at top venues, build evaluation pipelines in "
            + "Python, collaborate with product managers on roadmaps and present results to leadership every "
            + "quarter while teaching internal courses on statistics and causal inference.";

    @Test
    void theSameJobOnRemoteOkAndAGreenhouseBoardIsOneCluster() {
        String token = signUp();
        sites.script(REMOTEOK, FakeJobSites.Reply.json("""
                [{"legal":"terms"},
                 {"id":"10","position":"Senior Backend Engineer","company":"Acme Inc.","url":"https://remoteok.com/remote-jobs/10",
                  "description":"%s"}]""".formatted(TEXT.substring(0, 200) + "...")));
        refreshAs(token, "remoteok");
        watch("greenhouse", "acme");
        sites.script(greenhouse("acme"), FakeJobSites.Reply.json("""
                {"jobs":[
                  {"id":77,"title":"Senior Backend Engineer (Remote)","company_name":"ACME","absolute_url":"https://boards.greenhouse.io/acme/jobs/77",
                   "content":"&lt;p&gt;%s&lt;/p&gt;"},
                  {"id":78,"title":"Senior Backend Engineer","company_name":"ACME","absolute_url":"https://boards.greenhouse.io/acme/jobs/78",
                   "content":"&lt;p&gt;%s&lt;/p&gt;"}]}""".formatted(TEXT, OTHER)));
        refreshAs(token, "greenhouse");

        List<Long> clusters = jdbc.sql("SELECT cluster_id FROM jobs ORDER BY source, source_id").query(Long.class).list();
        assertThat(jobCount("remoteok") + jobCount("greenhouse")).isEqualTo(3);
        long remoteOk = (Long) job("remoteok", "10").get("id");
        assertThat(job("remoteok", "10").get("cluster_id")).isEqualTo(remoteOk);
        assertThat(job("greenhouse", "77").get("cluster_id")).isEqualTo(remoteOk);
        assertThat(job("greenhouse", "78").get("cluster_id")).as("same title, different job").isNull();
        assertThat(clusters).hasSize(3);
    }

    @Test
    void aRepostUnderANewIdJoinsTheOriginal() {
        String token = signUp();
        String posting = "{\"id\":\"%s\",\"position\":\"Staff Data Engineer\",\"company\":\"Globex\",\"description\":\"%s\"}";
        sites.script(REMOTEOK, FakeJobSites.Reply.json("[" + posting.formatted("100", TEXT) + "]"));
        refreshAs(token, "remoteok");
        sites.script(REMOTEOK, FakeJobSites.Reply.json("[" + posting.formatted("100", TEXT) + ","
                + posting.formatted("200", TEXT + " Apply today.") + "]"));
        refreshAs(token, "remoteok");
        long original = (Long) job("remoteok", "100").get("id");
        assertThat(job("remoteok", "100").get("cluster_id")).isEqualTo(original);
        assertThat(job("remoteok", "200").get("cluster_id")).isEqualTo(original);
    }
}
