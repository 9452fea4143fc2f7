package com.careeragent.jobs.searchbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * The realistic query mix: what people type into a job search box (broad single terms, rare names,
 * phrases, exclusions, "or"), filter-only browsing, combinations of text and filters, facets, other sorts,
 * deeper pages, job pages and skill autocomplete. Weights say how often each kind is drawn.
 */
final class QueryMix {

    /** Share of each kind in the mix (percent); queries of one kind are drawn equally often. */
    static final Map<String, Double> KIND_WEIGHTS = orderedWeights(
            "broad term", 20, "rare term", 15, "phrase", 8, "exclusion", 6, "or", 5, "filters only", 8,
            "text + filters", 10, "facets", 6, "other sorts", 5, "deep pages", 3, "job page", 8,
            "skill suggest", 6);

    private final List<BenchQuery> queries = new ArrayList<>();

    QueryMix(Instant dataSetTime, List<String> rareCompanies, List<String> rareWords, long maxJobId) {
        String week = dataSetTime.minus(7, ChronoUnit.DAYS).toString().substring(0, 10);
        String month = dataSetTime.minus(30, ChronoUnit.DAYS).toString().substring(0, 10);
        text("broad term", "java", "engineer", "remote", "senior", "developer", "python", "manager", "react",
                "data", "aws");
        for (String company : rareCompanies) {
            text("rare term", company.split(" ")[0]);
        }
        for (String word : rareWords) {
            text("rare term", word);
        }
        text("rare term", "erlang", "kubeflow", "cobol", "haskell", "fortran");
        text("phrase", "\"machine learning\"", "\"full stack\"", "\"site reliability\"", "\"product manager\"",
                "\"data engineer\"", "\"customer success\"");
        text("exclusion", "java -php", "engineer -senior", "python -django", "developer -contract",
                "remote -sales");
        text("or", "rust or go", "react or vue", "kotlin or scala", "designer or ux", "sre or devops");
        add("filters only", "/api/jobs?remote=true", "/api/jobs?skills=Kubernetes&remote=true",
                "/api/jobs?salaryMin=150000", "/api/jobs?source=lever&postedAfter=" + week,
                "/api/jobs?seniority=senior&employmentType=contract", "/api/jobs?location=berlin",
                "/api/jobs", "/api/jobs?skills=Rust&skills=PostgreSQL");
        combo("text + filters", "java", "&skills=Kafka&remote=true&salaryMin=120000");
        combo("text + filters", "engineer", "&source=greenhouse&postedAfter=" + week);
        combo("text + filters", "python", "&location=berlin");
        combo("text + filters", "react", "&seniority=senior&remote=true");
        combo("text + filters", "\"data engineer\"", "&skills=Spark&postedAfter=" + month);
        combo("text + filters", "developer", "&salaryMin=200000&remote=false");
        combo("facets", "java", "&facets=true");
        combo("facets", "engineer", "&facets=true&remote=true");
        combo("facets", "\"machine learning\"", "&facets=true");
        add("facets", "/api/jobs?facets=true", "/api/jobs?facets=true&skills=Go");
        combo("other sorts", "engineer", "&sort=newest");
        combo("other sorts", "java", "&sort=salary");
        add("other sorts", "/api/jobs?sort=salary&remote=true", "/api/jobs?sort=salary&skills=Python");
        combo("deep pages", "java", "&page=9");
        combo("deep pages", "engineer", "&page=4&size=50");
        add("deep pages", "/api/jobs?page=19&size=50");
        SplittableRandom random = new SplittableRandom(7);
        List<String> details = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            details.add("/api/jobs/" + (1 + random.nextLong(maxJobId)));
        }
        add("job page", details.toArray(String[]::new));
        add("skill suggest", "/api/skills/suggest?q=kube", "/api/skills/suggest?q=pyth",
                "/api/skills/suggest?q=javscript", "/api/skills/suggest?q=rct", "/api/skills/suggest?q=post",
                "/api/skills/suggest?q=terrafrom", "/api/skills/suggest?q=s");
    }

    private void text(String kind, String... texts) {
        for (String text : texts) {
            queries.add(new BenchQuery(kind, "/api/jobs?q=" + encode(text), text));
        }
    }

    private void combo(String kind, String text, String filters) {
        queries.add(new BenchQuery(kind, "/api/jobs?q=" + encode(text) + filters, null));
    }

    private void add(String kind, String... paths) {
        for (String path : paths) {
            queries.add(new BenchQuery(kind, path, null));
        }
    }

    Weighted<BenchQuery> weighted() {
        Map<String, Long> perKind = queries.stream()
                .collect(Collectors.groupingBy(BenchQuery::kind, Collectors.counting()));
        double[] weights = queries.stream()
                .mapToDouble(q -> KIND_WEIGHTS.get(q.kind()) / perKind.get(q.kind()))
                .toArray();
        return new Weighted<>(queries, weights);
    }

    private static Map<String, Double> orderedWeights(Object... pairs) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return weights;
    }

    List<BenchQuery> all() {
        return List.copyOf(queries);
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
