package com.careeragent.matching.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the real recorded job payloads in {@code ../shared/fixtures} (in place) into one flat shape, keyed
 * like the labels ({@code remoteok:1059249}, {@code greenhouse:8596771002}, {@code arbeitnow:<slug>},
 * {@code text:<file>}).
 */
final class FixtureJobs {

    /** A posting as read from a fixture, before skills are extracted. */
    record Raw(String key, String title, String company, String location, boolean remote, List<String> regions,
            Integer salaryMin, Integer salaryMax, String salaryCurrency, String salaryPeriod, List<String> tags,
            String text) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern BLOCK_END = Pattern.compile("(?i)<(br|/p|/li|/h\\d|/div|li|p|h\\d)[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "rsquo", "\u2019", "lsquo", "\u2018", "mdash", "\u2014", "ndash", "\u2013");

    private final Path root;

    FixtureJobs(Path root) {
        this.root = root;
    }

    /** Every posting of the fixture files the label sets use; text postings get their title from {@code titles}. */
    Map<String, Raw> all(Map<String, String> titles) {
        Map<String, Raw> jobs = new HashMap<>();
        for (String file : List.of("remoteok/remoteok-2024-12-04.json", "remoteok/remoteok-2025-08-28.json")) {
            for (JsonNode j : read(file)) {
                if (j.hasNonNull("position") && !j.get("position").asString().isBlank()) {
                    jobs.put("remoteok:" + j.get("id").asString(), new Raw("remoteok:" + j.get("id").asString(),
                            text(j.get("position").asString()), text(j.path("company").asString("")),
                            j.path("location").asString(""), true, List.of(), positive(j.path("salary_min")),
                            positive(j.path("salary_max")), "USD", "year", strings(j.path("tags")),
                            withoutAntiSpamLine(html(j.path("description").asString("")))));
                }
            }
        }
        for (String file : List.of("greenhouse/jobassistant-gitlab-full-content.json",
                "greenhouse/opportunity-radar-janestreet-duolingo.json")) {
            for (JsonNode j : read(file).get("jobs")) {
                String location = j.path("location").path("name").asString("");
                add(jobs, new Raw("greenhouse:" + j.get("id").asString(), j.get("title").asString(),
                        j.path("company_name").asString(""), location, location.toLowerCase().contains("remote"),
                        List.of(), null, null, null, null, List.of(), html(html(j.path("content").asString("")))));
            }
        }
        for (String file : List.of("lever/opportunity-radar-shieldai-palantir.json", "lever/jobassistant-spotify-full.json")) {
            for (JsonNode j : read(file)) {
                StringBuilder text = new StringBuilder(j.path("descriptionPlain").asString(""));
                for (JsonNode list : j.path("lists")) {
                    text.append('\n').append(list.path("text").asString("")).append(":\n")
                            .append(html(list.path("content").asString("")));
                }
                text.append('\n').append(j.path("additionalPlain").asString(""));
                JsonNode salary = j.path("salaryRange");
                String interval = salary.path("interval").asString("");
                add(jobs, new Raw("lever:" + j.get("id").asString(), j.get("text").asString(), "",
                        j.path("categories").path("location").asString(""),
                        "remote".equalsIgnoreCase(j.path("workplaceType").asString("")), List.of(),
                        positive(salary.path("min")), positive(salary.path("max")), salary.path("currency").asString(null),
                        interval.contains("hour") ? "hour" : interval.isEmpty() ? null : "year", List.of(), text.toString()));
            }
        }
        for (String file : List.of("ashby/opportunity-radar-cohere.json", "ashby/jobassistant-linear-full.json")) {
            String company = file.contains("cohere") ? "Cohere" : "Linear";
            for (JsonNode j : read(file).get("jobs")) {
                add(jobs, new Raw("ashby:" + j.get("id").asString(), j.get("title").asString().strip(), company,
                        j.path("location").asString(""), j.path("isRemote").asBoolean(false)
                                || "remote".equalsIgnoreCase(j.path("workplaceType").asString("")), List.of(),
                        null, null, null, null, List.of(), j.path("descriptionPlain").asString("")));
            }
        }
        for (String file : List.of("remotive/job-hunt-template-trimmed.json", "remotive/remote-jobs-digest-sanitized.json")) {
            for (JsonNode j : read(file).get("jobs")) {
                add(jobs, new Raw("remotive:" + j.get("id").asString(), j.get("title").asString(),
                        j.path("company_name").asString(""), "", true,
                        List.of(j.path("candidate_required_location").asString("")), null, null, null, null,
                        strings(j.path("tags")), html(j.path("description").asString(""))));
            }
        }
        // a wrapper around recorded API answers; the real one is the "normal" case
        for (JsonNode j : read("arbeitnow/atlas-ops-cases.json").path("cases").path("normal").path("body").path("data")) {
            add(jobs, new Raw("arbeitnow:" + j.get("slug").asString(), j.get("title").asString(),
                    j.path("company_name").asString(""), j.path("location").asString(""), j.path("remote").asBoolean(false),
                    List.of(), null, null, null, null, strings(j.path("tags")), html(j.path("description").asString(""))));
        }
        titles.forEach((key, title) -> {
            if (key.startsWith("text:")) {
                String file = key.substring("text:".length());
                String text = file.endsWith(".json") ? jsonResumeJob(read("jobs-text/" + file)) : readText("jobs-text/" + file);
                add(jobs, new Raw(key, title, "", file.contains("jsonresume") ? "Berlin, Germany" : "", false, List.of(),
                        null, null, null, null, List.of(), text));
            }
        });
        return jobs;
    }

    /** A JSON Resume "job" as the text a job board would show. */
    private static String jsonResumeJob(JsonNode job) {
        StringBuilder text = new StringBuilder(job.path("description").asString("")).append("\nResponsibilities:\n");
        job.path("responsibilities").forEach(r -> text.append("- ").append(r.asString()).append('\n'));
        text.append("Qualifications:\n");
        job.path("qualifications").forEach(q -> text.append("- ").append(q.asString()).append('\n'));
        text.append("Skills:\n");
        job.path("skills").forEach(s -> text.append("- ").append(s.path("name").asString()).append(": ")
                .append(String.join(", ", strings(s.path("keywords")))).append('\n'));
        return text.toString();
    }

    /** RemoteOK's "Please mention the word …" line, which ingestion strips too. */
    private static String withoutAntiSpamLine(String text) {
        int at = text.indexOf("Please mention the word");
        return at < 0 ? text : text.substring(0, at).strip();
    }

    private static void add(Map<String, Raw> jobs, Raw raw) {
        jobs.put(raw.key(), raw);
    }

    private JsonNode read(String file) {
        return JSON.readTree(readText(file));
    }

    private String readText(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer positive(JsonNode value) {
        return value.isNumber() && value.asInt() > 0 ? value.asInt() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString().strip()));
        return values;
    }

    /** HTML to plain text with line breaks at block ends and entities decoded. */
    static String html(String html) {
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll(" ");
        return text(text).replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }

    static String text(String value) {
        return replace(ENTITY.matcher(value), m -> {
            String entity = m.group(1);
            if (entity.startsWith("#")) {
                int code = entity.startsWith("#x") || entity.startsWith("#X") ? Integer.parseInt(entity.substring(2), 16)
                        : Integer.parseInt(entity.substring(1));
                return new String(Character.toChars(code));
            }
            return NAMED.getOrDefault(entity, m.group());
        });
    }

    private static String replace(Matcher matcher, Function<Matcher, String> replacement) {
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
