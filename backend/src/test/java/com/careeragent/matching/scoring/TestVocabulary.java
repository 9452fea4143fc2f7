package com.careeragent.matching.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A tiny hand-written skill vocabulary so the factor tests don't depend on the shipped taxonomy data. */
final class TestVocabulary {

    private static final List<SkillDictionary.Entry> ENTRIES = List.of(
            new SkillDictionary.Entry("Python", false, List.of(), List.of("Django"), "programming-language"),
            language("Java"), language("Go", "golang"),
            new SkillDictionary.Entry("JavaScript", false, List.of("js"), List.of("React"), "programming-language"),
            language("TypeScript", "ts"),
            new SkillDictionary.Entry("React", false, List.of("react.js", "reactjs"), List.of("JavaScript"), "frontend"),
            entry("Node.js", "node", "nodejs"),
            new SkillDictionary.Entry("SQL", false, List.of(), List.of("PostgreSQL", "MySQL")),
            new SkillDictionary.Entry("PostgreSQL", false, List.of("postgres"), List.of("SQL")),
            new SkillDictionary.Entry("MySQL", false, List.of(), List.of("SQL")),
            entry("Kubernetes", "k8s"), entry("Docker"), entry("Kafka"), entry("AWS"), entry("Terraform"),
            entry("FastAPI"), new SkillDictionary.Entry("Django", false, List.of(), List.of("Python"), "backend"),
            entry("Redis"), entry("GraphQL"),
            new SkillDictionary.Entry("Spanish", true, List.of(), List.of()),
            new SkillDictionary.Entry("French", true, List.of(), List.of()));

    private TestVocabulary() {
    }

    private static SkillDictionary.Entry entry(String name, String... aliases) {
        return new SkillDictionary.Entry(name, false, List.of(aliases), List.of());
    }

    private static SkillDictionary.Entry language(String name, String... aliases) {
        return new SkillDictionary.Entry(name, false, List.of(aliases), List.of(), "programming-language");
    }

    static SkillDictionary skills() {
        Map<String, String> spellings = new HashMap<>();
        for (SkillDictionary.Entry entry : ENTRIES) {
            spellings.put(entry.name().toLowerCase(Locale.ROOT), entry.name());
            entry.aliases().forEach(alias -> spellings.put(alias.toLowerCase(Locale.ROOT), entry.name()));
        }
        return new SkillDictionary(ENTRIES, name -> Optional.ofNullable(spellings.get(name.toLowerCase(Locale.ROOT))),
                text -> {
                    Map<String, Integer> found = new LinkedHashMap<>();
                    spellings.forEach((spelling, name) -> {
                        var matcher = Pattern.compile("(?<![\\p{L}\\d.])" + Pattern.quote(spelling) + "(?![\\p{L}\\d])",
                                Pattern.CASE_INSENSITIVE).matcher(text);
                        while (matcher.find()) {
                            found.merge(name, 1, Integer::sum);
                        }
                    });
                    return found;
                });
    }
}
