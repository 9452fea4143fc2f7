package com.careeragent.matching.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Title words as ids with a weight each and a small table of related words. Role nouns ("engineer",
 * "manager") weigh less than the specialisation ("backend", "product"): two titles that share only
 * "manager" are far apart; "frontend" and "web" are related and count half.
 */
final class TitleVocabulary {

    static final double RELATED_CREDIT = 0.5;
    private static final Set<String> ROLE_NOUNS = Set.of("engineer", "manager", "analyst", "designer", "scientist",
            "specialist", "consultant", "representative", "assistant", "coordinator", "director", "architect",
            "research", "writer", "administrator", "officer", "executive", "agent", "advisor", "technician",
            "strategist", "student", "cto", "ceo", "founder", "president", "owner", "instructor", "teacher", "artist",
            "accountant", "controller", "recruiter", "producer", "editor");
    private static final Map<String, Double> WEIGHTS = Map.of("software", 0.5, "product", 1.2);
    private static final String[][] RELATED = {
            {"frontend", "web", "ui", "ux", "fullstack", "javascript", "react", "angular", "vue"},
            {"backend", "fullstack", "platform", "api", "software", "server"},
            {"fullstack", "software", "web", "javascript"},
            {"ml", "ai", "data", "research", "deep", "nlp", "mlops"},
            {"data", "analyst", "analytics", "bi", "big"},
            {"devops", "sre", "platform", "infrastructure", "cloud", "mlops", "reliability"},
            {"mobile", "ios", "android", "reactnative", "flutter"},
            {"product", "program", "project"},
            {"customer", "client", "account"},
            {"support", "service", "success", "care"},
            {"sales", "account", "bizdev"},
            {"engineer", "architect", "scientist"},
            {"founder", "cto", "ceo", "president", "director", "executive"},
            {"research", "scientist"},
            {"qa", "test", "testing", "automation"},
            {"security", "cybersecurity", "infosec"}};

    private final Interner words = new Interner();
    private final Map<Integer, int[]> related = new HashMap<>();

    TitleVocabulary() {
        Map<Integer, java.util.Set<Integer>> pairs = new HashMap<>();
        for (String[] group : RELATED) {
            int head = id(group[0]);
            for (int i = 1; i < group.length; i++) {
                int other = id(group[i]);
                pairs.computeIfAbsent(head, k -> new java.util.HashSet<>()).add(other);
                pairs.computeIfAbsent(other, k -> new java.util.HashSet<>()).add(head);
            }
        }
        pairs.forEach((id, set) -> related.put(id, set.stream().mapToInt(Integer::intValue).toArray()));
    }

    static boolean isRoleNoun(String word) {
        return ROLE_NOUNS.contains(word);
    }

    static double weight(String word) {
        return ROLE_NOUNS.contains(word) ? 0.6 : WEIGHTS.getOrDefault(word, 1.0);
    }

    int id(String word) {
        return words.id(word);
    }

    String word(int id) {
        return words.value(id);
    }

    int[] related(int id) {
        return related.getOrDefault(id, new int[0]);
    }

    int[] ids(List<String> titleWords) {
        return titleWords.stream().mapToInt(this::id).toArray();
    }
}
