package com.careeragent.skills;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Over every recorded RemoteOK job (descriptions and tags): a skill is only ever reported when one of
 * its names or aliases literally occurs, so extraction never invents a mention.
 */
class RemoteOkLiteralMentionTest {

    private static final Path REMOTEOK = Path.of(System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures"))
            .resolve("remoteok");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @Test
    void everySkillFoundIsLiterallyMentioned() throws IOException {
        List<JsonNode> jobs = jobs();
        int mentions = 0;
        for (JsonNode job : jobs) {
            String text = plainText(job.path("description").asString(""));
            String lower = text.toLowerCase(Locale.ROOT);
            for (String name : taxonomy.extract(text)) {
                assertThat(mentionedLiterally(name, lower)).as("%s in job %s", name, job.path("id")).isTrue();
                mentions++;
            }
            List<String> tags = new ArrayList<>();
            job.path("tags").forEach(tag -> tags.add(tag.asString()));
            Set<String> squashedTags = tags.stream().map(SkillKeys::squash).collect(Collectors.toSet());
            for (String name : taxonomy.fromTags(tags)) {
                Skill skill = taxonomy.find(name).orElseThrow();
                assertThat(AmbiguityRules.formsOf(skill).stream().map(SkillKeys::squash).anyMatch(squashedTags::contains))
                        .as("%s from tags %s", name, tags).isTrue();
            }
        }
        assertThat(jobs).hasSizeGreaterThan(100);
        assertThat(mentions).isGreaterThan(1000);
    }

    /** A name or alias occurs at word boundaries, allowing "nodejs", "node.js", "node js" and "ci-cd" for "CI/CD". */
    private boolean mentionedLiterally(String name, String lowerText) {
        Skill skill = taxonomy.find(name).orElseThrow();
        for (String form : AmbiguityRules.formsOf(skill)) {
            List<String> parts = new ArrayList<>();
            for (String token : SkillKeys.tokenKey(form).split(" ")) {
                for (String part : token.split("(?<=[a-z0-9])\\.(?=[a-z0-9])")) {
                    parts.add(Pattern.quote(part));
                }
            }
            String regex = "(?<![\\p{L}\\p{N}])" + String.join("[\\s\\-/_.]*", parts) + "(?![\\p{L}\\p{N}])";
            if (Pattern.compile(regex).matcher(lowerText).find()) {
                return true;
            }
        }
        return false;
    }

    private static String plainText(String html) {
        return TAG.matcher(html).replaceAll(" ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ");
    }

    private static List<JsonNode> jobs() throws IOException {
        assumeTrue(Files.isDirectory(REMOTEOK), "shared fixtures " + REMOTEOK + " are absent; skipping");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> jobs = new ArrayList<>();
        try (var files = Files.list(REMOTEOK)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                json.readTree(file.toFile()).forEach(job -> {
                    if (job.has("position")) {
                        jobs.add(job);
                    }
                });
            }
        }
        return jobs;
    }
}
