package com.careeragent.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Inserts jobs straight into the {@code jobs} table for search tests (ingestion is another module). Every
 * job's location ends with the test's own marker, so a test can scope its searches with
 * {@code location=<marker>} in a database other tests also write to.
 */
public final class TestJobs {

    private final JdbcClient jdbc;
    private final String marker;

    public TestJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.marker = "Testville " + UUID.randomUUID().toString().substring(0, 8);
    }

    public String marker() {
        return marker;
    }

    /** A cluster id no other test uses. */
    public static long newClusterId() {
        return ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    }

    public Builder job(String title) {
        return new Builder(title);
    }

    public final class Builder {
        private final String title;
        private String company = "Acme";
        private String source = "remoteok";
        private String sourceId = UUID.randomUUID().toString();
        private String description = "A job.";
        private List<String> skills = List.of();
        private boolean remote;
        private String place = "Berlin";
        private Integer salaryMin;
        private Integer salaryMax;
        private String salaryCurrency;
        private String salaryPeriod;
        private Instant postedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private String status = "open";
        private Long clusterId;
        private String seniority;
        private String employmentType = "full_time";

        private Builder(String title) {
            this.title = title;
        }

        public Builder company(String value) { company = value; return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder skills(String... values) { skills = List.of(values); return this; }
        public Builder remote() { remote = true; return this; }
        public Builder place(String value) { place = value; return this; }
        public Builder seniority(String value) { seniority = value; return this; }
        public Builder employmentType(String value) { employmentType = value; return this; }
        public Builder closed() { status = "closed"; return this; }
        public Builder cluster(long value) { clusterId = value; return this; }
        public Builder postedAt(Instant value) { postedAt = value; return this; }
        public Builder postedDaysAgo(int days) { postedAt = postedAt.minus(days, ChronoUnit.DAYS); return this; }

        public Builder salary(Integer min, Integer max, String currency, String period) {
            salaryMin = min;
            salaryMax = max;
            salaryCurrency = currency;
            salaryPeriod = period;
            return this;
        }

        public long insert() {
            return jdbc.sql("""
                    INSERT INTO jobs (source, source_id, title, company, url, apply_url, location, remote,
                                      employment_type, seniority, salary_min, salary_max, salary_currency,
                                      salary_period, posted_at, description_html, description_text, skills,
                                      content_hash, cluster_id, status)
                    VALUES (:source, :sourceId, :title, :company, :url, :applyUrl, :location, :remote,
                            :employmentType, :seniority, :salaryMin, :salaryMax, :salaryCurrency, :salaryPeriod,
                            :postedAt, :html, :text, :skills::text[], 'hash', :clusterId, :status)
                    RETURNING id""")
                    .param("source", source).param("sourceId", sourceId).param("title", title)
                    .param("company", company).param("url", "https://" + source + ".example/jobs/" + sourceId)
                    .param("applyUrl", "https://acme.example/apply/" + sourceId)
                    .param("location", place + " " + marker).param("remote", remote)
                    .param("employmentType", employmentType).param("seniority", seniority)
                    .param("salaryMin", salaryMin).param("salaryMax", salaryMax)
                    .param("salaryCurrency", salaryCurrency).param("salaryPeriod", salaryPeriod)
                    .param("postedAt", Timestamp.from(postedAt)).param("html", "<p>" + description + "</p>")
                    .param("text", description).param("skills", skills.toArray(String[]::new))
                    .param("clusterId", clusterId).param("status", status)
                    .query(Long.class)
                    .single();
        }
    }
}
