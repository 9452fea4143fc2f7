package com.careeragent.skills;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of {@link SkillTaxonomy#extract} on one thread: real RemoteOK descriptions (when the
 * shared fixtures are present) and 1,000,000 generated job descriptions of about 1 kB. Not a test;
 * run it as described in docs/benchmarks/skills.md.
 */
public final class SkillExtractionBenchmark {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    public static void main(String[] args) throws Exception {
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long started = System.nanoTime();
        long cpuStarted = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();
        taxonomy.extract("warm up the class loading: Java, Go and C++");
        System.out.printf("load taxonomy (%d skills, cold JVM): %.0f ms CPU (%.0f ms wall)%n", taxonomy.all().size(),
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStarted) / 1e6,
                (System.nanoTime() - started) / 1e6);

        List<String> real = remoteOkDescriptions(Path.of(System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures")));
        if (!real.isEmpty()) {
            run("RemoteOK descriptions x200", taxonomy, real, 200, 1);
        }
        List<String> synthetic = generate(taxonomy, 2_000, new Random(42));
        run("generated ~1 kB descriptions", taxonomy, synthetic, generated / synthetic.size(), 1);
    }

    private static void run(String label, SkillTaxonomy taxonomy, List<String> docs, int rounds, int warmRounds) {
        long chars = docs.stream().mapToLong(String::length).sum();
        long found = 0;
        for (int i = 0; i < Math.max(warmRounds, 20_000 / docs.size()); i++) {
            for (String doc : docs) {
                found += taxonomy.extract(doc).size();
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String doc : docs) {
                found += taxonomy.extract(doc).size();
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        // CPU time of this thread: the machine is shared, so wall-clock time overstates the cost.
        double seconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        long totalDocs = (long) rounds * docs.size();
        double kb = chars * (double) rounds / 1024;
        System.out.printf("%s: %,d docs, %.1f MB, avg %.0f chars/doc, %.2f s CPU (%.2f s wall), %.1f µs per kB, %.1f µs per doc, %,.0f docs/s (checksum %d)%n",
                label, totalDocs, kb / 1024, chars / (double) docs.size(), seconds, wall, seconds * 1e6 / kb,
                seconds * 1e6 / totalDocs, totalDocs / seconds, found);
    }

    /** Job-ad-like text: filler sentences with skill names, aliases and tricky everyday words mixed in. */
    static List<String> generate(SkillTaxonomy taxonomy, int count, Random random) {
        List<String> forms = new ArrayList<>();
        taxonomy.all().forEach(skill -> forms.addAll(AmbiguityRules.formsOf(skill)));
        String[] filler = ("we are looking for an experienced engineer to join our team and build reliable products "
                + "you will work with excellent people go to market ready to go trust the process spring 2026 "
                + "collaborate with stakeholders own the roadmap ship features and mentor others in a fast paced "
                + "environment strong communication skills remote first benefits health insurance equity").split(" ");
        List<String> docs = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder(1100);
            while (text.length() < 1000) {
                int words = 6 + random.nextInt(10);
                for (int w = 0; w < words; w++) {
                    text.append(random.nextInt(6) == 0 ? forms.get(random.nextInt(forms.size())) : filler[random.nextInt(filler.length)]);
                    text.append(random.nextInt(8) == 0 ? ", " : " ");
                }
                text.append(". ");
            }
            docs.add(text.toString());
        }
        return docs;
    }

    private static List<String> remoteOkDescriptions(Path fixtures) throws Exception {
        Path dir = fixtures.resolve("remoteok");
        List<String> docs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return docs;
        }
        JsonMapper json = JsonMapper.builder().build();
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode job : json.readTree(file.toFile())) {
                    String html = job.path("description").asString("");
                    if (!html.isBlank()) {
                        docs.add(TAG.matcher(html).replaceAll(" ").replace("&amp;", "&").replace("&nbsp;", " "));
                    }
                }
            }
        }
        return docs;
    }
}
