package com.careeragent.jobs.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.careeragent.jobs.NormalizedJob;

/** Realistic-sized postings (≈ 1.5 kB of text each, skills, tags, half with salaries, 1 % reposts). */
final class SyntheticJobs {

    private static final String[] ROLES = {"Backend Engineer", "Frontend Developer", "Data Scientist", "SRE",
            "Product Manager", "Designer", "Platform Engineer", "Mobile Developer", "Security Engineer", "QA Engineer"};
    private static final String[] LEVELS = {"", "Senior ", "Staff ", "Junior ", "Lead "};
    private static final String[] SKILLS = {"Java", "Python", "Go", "Kubernetes", "PostgreSQL", "React", "TypeScript",
            "AWS", "Docker", "Kafka", "Terraform", "Rust", "GraphQL", "Redis", "Spring Boot"};
    private static final String[] WORDS = ("build operate design scale services platform customers teams data "
            + "reliability ownership mentor review ship features quality testing cloud remote async product roadmap "
            + "metrics users performance security growth api latency pipeline").split(" ");

    private SyntheticJobs() {
    }

    static List<NormalizedJob> generate(int count, Random random) {
        List<NormalizedJob> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean repost = i > 0 && random.nextInt(100) == 0;
            NormalizedJob template = repost ? jobs.get(random.nextInt(i)) : null;
            String company = template != null ? template.company() : "Company " + random.nextInt(5_000);
            String title = template != null ? template.title()
                    : LEVELS[random.nextInt(LEVELS.length)] + ROLES[random.nextInt(ROLES.length)];
            String text = template != null ? template.descriptionText() : text(random);
            boolean paid = random.nextBoolean();
            int base = 40_000 + random.nextInt(120) * 1_000;
            List<String> skills = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                String skill = SKILLS[random.nextInt(SKILLS.length)];
                if (!skills.contains(skill)) {
                    skills.add(skill);
                }
            }
            jobs.add(new NormalizedJob("job-" + i, title, company, "https://boards.example.com/jobs/" + i,
                    "https://boards.example.com/jobs/" + i + "/apply", "Remote, Europe", true,
                    List.of("Europe", "United Kingdom"), "full_time", null, paid ? base : null,
                    paid ? base + 30_000 : null, paid ? "USD" : null, paid ? "year" : null,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(10_000_000)),
                    "<p>" + text.replace("\n\n", "</p><p>") + "</p>", text, skills,
                    List.of("engineering", "remote", skills.getFirst().toLowerCase(), "full time", "europe")));
        }
        return jobs;
    }

    static NormalizedJob withNewDescription(NormalizedJob job) {
        String text = job.descriptionText() + "\n\nUpdated: we now offer a four-day week.";
        return new NormalizedJob(job.sourceId(), job.title(), job.company(), job.url(), job.applyUrl(), job.location(),
                job.remote(), job.regions(), job.employmentType(), job.seniority(), job.salaryMin(), job.salaryMax(),
                job.salaryCurrency(), job.salaryPeriod(), job.postedAt(),
                "<p>" + text.replace("\n\n", "</p><p>") + "</p>", text, job.skills(), job.tags());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder(1600);
        while (text.length() < 1400) {
            for (int w = 0; w < 12; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            text.setLength(text.length() - 1);
            text.append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
        }
        return text.toString().strip();
    }
}
