package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Normalises job titles into comparable words: "Sr. Front-End Developer" and "Frontend Engineer" both
 * become [frontend, engineer]. Seniority words are removed (seniority is its own factor), and so are
 * places, requisition numbers and the company's own name.
 */
final class TitleWords {

    private static final String[][] PHRASES = {
            {"front[ -]?end", "frontend"}, {"back[ -]?end", "backend"}, {"full[ -]?stack", "fullstack"},
            {"mern stack|mean stack|mern|mean", "fullstack javascript"}, {"machine learning", "ml"},
            {"artificial intelligence", "ai"}, {"site reliability", "sre"}, {"quality assurance", "qa"},
            {"user experience", "ux"}, {"user interface", "ui"}, {"software development engineer", "software engineer"},
            {"software developer", "software engineer"}, {"data science", "data scientist"},
            {"react native", "reactnative"}, {"ruby on rails", "rails"}, {"dev ?ops", "devops"},
            {"customer service", "customer support"}, {"business development", "bizdev"},
            {"human resources", "hr"}, {"chief technology officer", "cto"}, {"product owner", "product manager"},
            {"node\\.?js", "node"}, {"react\\.?js", "react"}, {"vue\\.?js", "vue"}, {"\\.net", "dotnet"},
            {"c\\+\\+", "cpp"}, {"c#", "csharp"}, {"co-?founder", "founder"}};
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("developer", "engineer"), Map.entry("dev", "engineer"), Map.entry("programmer", "engineer"),
            Map.entry("coder", "engineer"), Map.entry("eng", "engineer"), Map.entry("engineering", "engineer"),
            Map.entry("swe", "software engineer"), Map.entry("sde", "software engineer"), Map.entry("mgr", "manager"),
            Map.entry("golang", "go"), Map.entry("js", "javascript"), Map.entry("ml", "ml"),
            Map.entry("researcher", "research"), Map.entry("scientist", "scientist"), Map.entry("mobiledev", "mobile"),
            Map.entry("fullstack", "fullstack"), Map.entry("analytics", "analyst"));
    static final Set<String> SENIORITY = Set.of("senior", "sr", "snr", "junior", "jr", "lead", "principal", "staff",
            "head", "chief", "intern", "internship", "associate", "mid", "level", "midlevel", "entry", "graduate",
            "grad", "new", "i", "ii", "iii", "iv", "intermediate", "pleno", "trainee", "apprentice", "werkstudent",
            "co", "op");
    private static final Set<String> STOP = Set.of("of", "and", "the", "for", "in", "at", "to", "a", "an", "with",
            "on", "remote", "job", "hiring", "based", "wfh", "we", "are", "our", "m", "f", "d", "w", "x", "or",
            "team", "position", "role", "opportunity", "contract", "full", "time", "part", "freelance");

    private TitleWords() {
    }

    /** Normalised words of a title; {@code company} (may be null) is dropped from it. */
    static List<String> of(String title, String company) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        String text = " " + title.toLowerCase(Locale.ROOT).replace("&amp;", " ") + " ";
        for (String[] phrase : PHRASES) {
            text = text.replaceAll("(?<=[^a-z0-9])" + phrase[0] + "(?=[^a-z0-9])", " " + phrase[1] + " ");
        }
        Set<String> companyWords = company == null ? Set.of()
                : Set.copyOf(Arrays.asList(company.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        List<String> words = new ArrayList<>();
        for (String raw : text.split("[^a-z0-9]+")) {
            if (raw.isEmpty() || raw.chars().anyMatch(Character::isDigit) || STOP.contains(raw)
                    || SENIORITY.contains(raw) || companyWords.contains(raw) || Places.isPlaceWord(raw)) {
                continue;
            }
            for (String word : SYNONYMS.getOrDefault(raw, raw).split(" ")) {
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    /** Words of a CV headline, cut after its first role noun: "Software engineer obsessed with…" → software engineer. */
    static List<String> ofHeadline(String headline) {
        List<String> words = of(headline, null);
        List<String> cut = new ArrayList<>();
        for (String word : words) {
            cut.add(word);
            if (TitleVocabulary.isRoleNoun(word)) {
                break;
            }
        }
        return cut.size() <= 4 ? cut : cut.subList(0, 4);
    }
}
