package com.careeragent.jobs.searchbench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Generates postings in the order a crawler would first see them (oldest first), spread over the
 * 90 days before {@code now}. Deterministic for a seed. About 6% of postings are re-posted on 1-2 other
 * sources (a duplicate cluster); older postings are more often closed.
 */
final class SyntheticJobs {

    static final Duration WINDOW = Duration.ofDays(90);
    private static final List<String> SOURCES = List.of("greenhouse", "remoteok", "lever", "arbeitnow", "ashby",
            "remotive", "wwr");
    private static final double[] SOURCE_SHARES = {0.30, 0.24, 0.15, 0.12, 0.10, 0.07, 0.02};

    private final Instant now;
    private final Vocabulary vocabulary;
    private final DescriptionWriter descriptions;
    private final Weighted<RoleFamily> families;
    private final Weighted<String> sources = new Weighted<>(SOURCES, SOURCE_SHARES);
    private final Weighted<String> seniorityPrefixes = new Weighted<>(
            List.of("", "Senior ", "Junior ", "Staff ", "Lead ", "Principal ", "Mid-level ", "Intern - ", "Head of "),
            new double[] {0.40, 0.28, 0.07, 0.05, 0.07, 0.03, 0.06, 0.02, 0.02});
    private final Weighted<String> employmentTypes = new Weighted<>(
            List.of("full_time", "contract", "part_time", "internship", "temporary"),
            new double[] {0.82, 0.10, 0.04, 0.02, 0.02});

    private final Map<RoleFamily, Weighted<String>> skillPools = RoleFamily.ALL.stream()
            .collect(Collectors.toMap(f -> f, f -> Weighted.zipf(f.skills(), 1.1, 1.5)));

    SyntheticJobs(Instant now, long seed) {
        this.now = now;
        this.vocabulary = vocabulary(seed);
        this.descriptions = new DescriptionWriter(vocabulary);
        double[] shares = RoleFamily.ALL.stream().mapToDouble(RoleFamily::share).toArray();
        this.families = new Weighted<>(RoleFamily.ALL, shares);
    }

    /** The word lists postings of this seed are made of (the benchmark draws rare query terms from it). */
    static Vocabulary vocabulary(long seed) {
        return new Vocabulary(new SplittableRandom(seed), 40_000, 30_000);
    }

    /** Emits postings number {@code from} (inclusive) to {@code to} (exclusive) of {@code total}. */
    void generate(long seed, int from, int to, int total, long clusterIdBase, Consumer<SyntheticJob> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = now.minus(WINDOW);
        long clusterId = clusterIdBase;
        int emitted = from;
        while (emitted < to) {
            double position = (double) emitted / total;
            Instant posted = start.plusSeconds((long) (position * WINDOW.toSeconds()) - random.nextInt(6 * 3600));
            Posting posting = posting(random, posted);
            boolean clustered = random.nextInt(100) < 6 && emitted + 3 < to;
            Long cluster = clustered ? clusterId++ : null;
            sink.accept(posting.toJob(random, sources.pick(random), emitted, posted, cluster, now));
            emitted++;
            if (clustered) {
                int copies = 1 + random.nextInt(2);
                for (int i = 0; i < copies; i++) {
                    // reposted within two days, never after "now" (clamping would pile copies up at the top)
                    long room = Math.max(1, Math.min(2 * 24 * 3600, Duration.between(posted, now).toSeconds()));
                    Instant repost = posted.plusSeconds(random.nextLong(room));
                    sink.accept(posting.toJob(random, sources.pick(random), emitted, repost, cluster, now));
                    emitted++;
                }
            }
        }
    }

    private Posting posting(SplittableRandom random, Instant posted) {
        RoleFamily family = families.pick(random);
        String prefix = seniorityPrefixes.pick(random);
        String role = family.titles().get(random.nextInt(family.titles().size()));
        String title = prefix + role + titleSuffix(random);
        String company = vocabulary.companies.pick(random);
        List<String> skills = skills(random, family, role);
        boolean remote = random.nextInt(100) < 45;
        String city = Vocabulary.CITIES.get(random.nextInt(Vocabulary.CITIES.size()));
        String location = remote
                ? Vocabulary.REMOTE_LOCATIONS.get(random.nextInt(Vocabulary.REMOTE_LOCATIONS.size()))
                : random.nextInt(10) == 0 ? city + " (Hybrid)" : city;
        var description = descriptions.write(random, new DescriptionWriter.Slots(company, title, family, skills, city));
        return new Posting(title, company, family, skills, remote, location, seniority(prefix),
                employmentTypes.pick(random), SalaryDraw.draw(random, family, prefix), description);
    }

    private static String titleSuffix(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return " (Remote)";
        }
        if (roll < 12) {
            return ", " + Vocabulary.TEAMS.get(random.nextInt(Vocabulary.TEAMS.size()));
        }
        return roll < 14 ? " - Contract" : "";
    }

    private List<String> skills(SplittableRandom random, RoleFamily family, String role) {
        Set<String> skills = new LinkedHashSet<>();
        for (String skill : family.skills()) {
            if (role.contains(skill) && skill.length() > 1) {
                skills.add(skill);
            }
        }
        Weighted<String> pool = skillPools.get(family);
        int wanted = 3 + random.nextInt(10);
        for (int attempt = 0; skills.size() < wanted && attempt < 40; attempt++) {
            skills.add(pool.pick(random));
        }
        if (random.nextInt(10) == 0) {
            RoleFamily other = RoleFamily.ALL.get(random.nextInt(RoleFamily.ALL.size()));
            skills.add(other.skills().get(random.nextInt(other.skills().size())));
        }
        return new ArrayList<>(skills);
    }

    private static String seniority(String prefix) {
        return switch (prefix.trim()) {
            case "Senior" -> "senior";
            case "Junior" -> "junior";
            case "Staff" -> "staff";
            case "Lead" -> "lead";
            case "Principal" -> "principal";
            case "Mid-level" -> null; // ingestion reads no level from "mid-level"
            case "Intern -" -> "intern";
            case "Head of" -> "director";
            default -> null;
        };
    }

    private record Posting(String title, String company, RoleFamily family, List<String> skills, boolean remote,
            String location, String seniority, String employmentType, SalaryDraw salary,
            DescriptionWriter.Description description) {

        SyntheticJob toJob(SplittableRandom random, String source, long serial, Instant posted, Long clusterId,
                Instant now) {
            String sourceId = SourceIds.next(random, source, serial);
            Instant firstSeen = posted.plusSeconds(random.nextInt(3600 * 8));
            firstSeen = firstSeen.isAfter(now) ? now : firstSeen;
            double ageShare = Duration.between(posted, now).toSeconds() / (double) WINDOW.toSeconds();
            boolean closed = random.nextDouble() < 0.25 * ageShare;
            Instant lastSeen = closed ? firstSeen.plus(Duration.between(firstSeen, now).dividedBy(2)) : now;
            List<String> regions = remote ? List.of("worldwide") : List.of();
            List<String> tags = skills.stream().limit(5).map(s -> s.toLowerCase()).toList();
            return new SyntheticJob(source, sourceId, title, company, SourceIds.url(source, sourceId, title),
                    "https://jobs." + company.toLowerCase().replaceAll("[^a-z0-9]+", "") + ".example/apply/"
                            + sourceId,
                    location, remote, regions, employmentType, seniority, salary.min(), salary.max(),
                    salary.currency(), salary.period(), posted, description.html(), description.text(), skills,
                    tags, Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()),
                    Integer.toHexString((company + "|" + title).toLowerCase().hashCode()), clusterId,
                    closed ? "closed" : "open", firstSeen, lastSeen, closed ? lastSeen : null);
        }
    }
}
