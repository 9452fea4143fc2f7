package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises job titles into comparable words: "Sr. Front-End Developer" and "Frontend Engineer" both
 * become [frontend, engineer]. Seniority words are removed (seniority is its own factor), and so are
 * places, requisition numbers and the company's own name.
 */
final class TitleWords {

    // {pattern, replacement, a literal the title must contain for the pattern to be worth trying}
    private static final String[][] PHRASES = {
            {"front[ -]?end", "frontend", "front"}, {"back[ -]?end", "backend", "back"},
            {"full[ -]?stack", "fullstack", "full"}, {"mern stack|mean stack|mern|mean", "fullstack javascript", "me"},
            {"machine learning", "ml", "machine"}, {"artificial intelligence", "ai", "artificial"},
            {"site reliability", "sre", "site"}, {"quality assurance", "qa", "quality"},
            {"user experience", "ux", "user"}, {"user interface", "ui", "user"},
            {"software development engineer", "software engineer", "software"},
            {"software developer", "software engineer", "software"}, {"data science", "data scientist", "science"},
            {"react native", "reactnative", "native"}, {"ruby on rails", "rails", "rails"}, {"dev ?ops", "devops", "ops"},
            {"customer service", "customer support", "service"}, {"business development", "bizdev", "business"},
            {"human resources", "hr", "human"}, {"chief technology officer", "cto", "chief"},
            {"product owner", "product manager", "owner"}, {"node\\.?js", "node", "node"}, {"react\\.?js", "react", "react"},
            {"vue\\.?js", "vue", "vue"}, {"\\.net", "dotnet", ".net"}, {"c\\+\\+", "cpp", "c++"}, {"c#", "csharp", "c#"},
            {"co-?founder", "founder", "founder"}, {"data entry", "dataentry", "entry"}};
    private static final Pattern[] PHRASE_PATTERNS = Arrays.stream(PHRASES)
            .map(p -> Pattern.compile("(?<=[^a-z0-9])(?:" + p[0] + ")(?=[^a-z0-9])")).toArray(Pattern[]::new);
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
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
        String text = " " + Confusables.fold(title).toLowerCase(Locale.ROOT).replace("&amp;", " ") + " ";
        for (int i = 0; i < PHRASES.length; i++) {
            if (text.contains(PHRASES[i][2])) {
                text = PHRASE_PATTERNS[i].matcher(text).replaceAll(" " + PHRASES[i][1] + " ");
            }
        }
        Set<String> companyWords = company == null ? Set.of()
                : Set.copyOf(Arrays.asList(NON_WORD.split(company.toLowerCase(Locale.ROOT))));
        List<String> words = new ArrayList<>();
        for (String raw : NON_WORD.split(text)) {
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
