package com.careeragent.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Realistic-looking postings for the benchmark: role families with their usual skills, seniority in the
 * title, a description with requirements, nice-to-have and benefits sections, remote or on-site, a salary
 * for half of them, and 3 % duplicates of an earlier posting. Written with COPY.
 */
final class SyntheticJobs {

    record Family(String name, List<String> titles, List<String> skills) {
    }

    static final List<Family> FAMILIES = List.of(
            new Family("backend", List.of("Backend Engineer", "Software Engineer", "Python Developer", "Java Developer",
                    "Go Engineer", "Platform Engineer"), List.of("Python", "Java", "Go", "Node.js", "PostgreSQL", "MySQL",
                    "Kafka", "Docker", "Kubernetes", "AWS", "Redis", "gRPC", "REST", "Spring Boot", "Django", "FastAPI",
                    "Microservices", "SQL", "Git", "Linux")),
            new Family("frontend", List.of("Frontend Engineer", "Front-End Developer", "React Developer", "UI Engineer",
                    "Web Developer"), List.of("JavaScript", "TypeScript", "React", "Vue.js", "Angular", "CSS", "HTML",
                    "Next.js", "Redux", "GraphQL", "Webpack", "Jest", "Figma", "Tailwind CSS", "Git")),
            new Family("fullstack", List.of("Full Stack Engineer", "Full-Stack Developer", "Product Engineer"),
                    List.of("JavaScript", "TypeScript", "React", "Node.js", "PostgreSQL", "MongoDB", "GraphQL", "AWS",
                            "Docker", "Ruby on Rails", "Python", "REST", "Git")),
            new Family("data", List.of("Data Engineer", "Analytics Engineer", "Data Analyst", "BI Developer"),
                    List.of("SQL", "Python", "Apache Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Tableau", "Kafka",
                            "AWS", "Looker", "Excel", "Pandas")),
            new Family("ml", List.of("Machine Learning Engineer", "Data Scientist", "ML Researcher", "AI Engineer"),
                    List.of("Python", "PyTorch", "TensorFlow", "scikit-learn", "SQL", "Pandas", "NumPy", "Kubernetes",
                            "MLflow", "Deep Learning", "NLP", "Computer Vision", "AWS", "Spark")),
            new Family("devops", List.of("DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer",
                    "Infrastructure Engineer"), List.of("Kubernetes", "Terraform", "AWS", "Docker", "Linux", "Prometheus",
                    "Grafana", "Ansible", "Python", "Go", "CI/CD", "GCP", "Azure", "Bash", "Helm")),
            new Family("mobile", List.of("iOS Engineer", "Android Developer", "Mobile Engineer"),
                    List.of("Swift", "Kotlin", "iOS", "Android", "React Native", "Flutter", "Objective-C", "Git", "REST")),
            new Family("product", List.of("Product Manager", "Product Owner", "Technical Product Manager"),
                    List.of("Product Management", "Agile", "Scrum", "Jira", "SQL", "A/B Testing", "Roadmapping",
                            "User Research", "Analytics", "Stakeholder Management")),
            new Family("design", List.of("Product Designer", "UX Designer", "UI Designer"),
                    List.of("Figma", "Sketch", "UX Design", "UI Design", "Prototyping", "User Research", "Design Systems",
                            "Adobe Photoshop", "HTML", "CSS")),
            new Family("sales", List.of("Account Executive", "Sales Development Representative", "Account Manager"),
                    List.of("Salesforce", "HubSpot", "B2B Sales", "Cold Calling", "CRM", "Negotiation", "SaaS",
                            "Lead Generation")),
            new Family("support", List.of("Customer Support Specialist", "Customer Success Manager",
                    "Technical Support Engineer"), List.of("Zendesk", "Customer Service", "CRM", "SaaS", "Jira",
                    "Troubleshooting", "SQL", "Intercom")));
    private static final String[] SENIORITY = {"Junior ", "", "", "Senior ", "Senior ", "Staff ", "Lead ", "Principal "};
    private static final String[] LEVELS = {"junior", null, null, "senior", "senior", "staff", "lead", "principal"};
    private static final String[] CITIES = {"New York, NY", "San Francisco, CA", "Berlin, Germany", "London, UK",
            "Toronto, Canada", "Lisbon, Portugal", "Bengaluru, India", "Austin, TX", "Paris, France", "Warsaw, Poland"};
    private static final String[] REGIONS = {"", "USA", "Europe", "Worldwide", "Americas", "EMEA"};
    private static final String FILLER = "We are a fast-growing company building tools people love. Our team is "
            + "distributed across many time zones and we value clear writing, ownership and kindness. ";

    private final Random random;

    SyntheticJobs(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} open postings with source {@code bench}; returns how many rows were copied. */
    long insert(DataSource dataSource, int count) throws SQLException {
        StringBuilder csv = new StringBuilder();
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            row(csv, i, now);
        }
        try (Connection connection = dataSource.getConnection()) {
            long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY jobs (source, source_id, title, company, url, apply_url, location, remote, regions, seniority,
                               salary_min, salary_max, salary_currency, salary_period, posted_at, description_text,
                               skills, tags, content_hash, status)
                    FROM STDIN WITH (FORMAT csv)""", new StringReader(csv.toString()));
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE jobs SET cluster_id = id - 1 WHERE source = 'bench' AND id % 33 = 0");
            }
            return copied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(StringBuilder csv, int i, Instant now) {
        Family family = FAMILIES.get(random.nextInt(FAMILIES.size()));
        int level = random.nextInt(SENIORITY.length);
        String title = SENIORITY[level] + family.titles().get(random.nextInt(family.titles().size()));
        Set<String> skills = new LinkedHashSet<>();
        int wanted = Math.min(family.skills().size(), 4 + random.nextInt(9));
        while (skills.size() < wanted) {
            skills.add(family.skills().get(random.nextInt(family.skills().size())));
        }
        if (random.nextInt(3) == 0) {
            Family other = FAMILIES.get(random.nextInt(FAMILIES.size()));
            skills.add(other.skills().get(random.nextInt(other.skills().size())));
        }
        List<String> list = new ArrayList<>(skills);
        int required = Math.max(2, list.size() * 2 / 3);
        boolean remote = random.nextInt(10) < 6;
        String location = remote ? "Remote" : CITIES[random.nextInt(CITIES.length)];
        String region = remote ? REGIONS[random.nextInt(REGIONS.length)] : "";
        boolean salary = random.nextBoolean();
        int base = 40_000 + random.nextInt(12) * 10_000;
        String description = FILLER.repeat(2 + random.nextInt(4)) + "\nRequirements:\n- "
                + (1 + level) + "+ years of professional experience\n- "
                + String.join("\n- ", list.subList(0, required)) + "\nNice to have:\n- "
                + String.join("\n- ", list.subList(required, list.size())) + "\nBenefits:\n- Health insurance\n- "
                + "Learning budget\n" + FILLER;
        fields(csv, "bench", "b" + i, title, "Company " + random.nextInt(5_000), "https://example.com/j/" + i,
                "https://example.com/apply/" + i, location, String.valueOf(remote), array(region.isEmpty() ? List.of()
                        : List.of(region)), LEVELS[level] == null ? "" : LEVELS[level],
                salary ? String.valueOf(base) : "", salary ? String.valueOf(base + 30_000) : "", salary ? "USD" : "",
                salary ? "year" : "", now.minus(random.nextInt(60), ChronoUnit.DAYS).toString(), description,
                array(list), array(List.of()), "h" + i, "open");
    }

    private static void fields(StringBuilder csv, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String value = values[i];
            if (!value.isEmpty()) {
                csv.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        csv.append('\n');
    }

    private static String array(List<String> values) {
        List<String> quoted = values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList();
        return "{" + String.join(",", quoted) + "}";
    }
}
