package com.careeragent.profile.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.auth.UserId;
import com.careeragent.jobs.SkillAutocomplete;
import com.careeragent.jobs.SkillSuggestion;
import com.careeragent.shared.sql.LikePatterns;

/**
 * Autocomplete for the skills editor: the shared skill autocomplete (taxonomy names and aliases, skills
 * seen in jobs, ranked by market frequency from the precomputed counts) plus the user's own custom skills.
 * Counting skills over every open job per keystroke took seconds at a million jobs; the shared one reads
 * the counts the jobs module keeps up to date after ingestion.
 */
@Component
class SkillSuggestions {

    /** PostgreSQL's default trigram threshold: close misspellings, not every word sharing a few letters. */
    private static final double MIN_SIMILARITY = 0.3;

    record Suggestion(String name, String category, long openJobs, boolean custom) {
    }

    private final SkillAutocomplete autocomplete;
    private final JdbcClient jdbc;

    SkillSuggestions(SkillAutocomplete autocomplete, JdbcClient jdbc) {
        this.autocomplete = autocomplete;
        this.jdbc = jdbc;
    }

    List<Suggestion> suggest(UserId user, String query, int limit) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<SkillSuggestion> shared = autocomplete.suggest(q, limit, MIN_SIMILARITY);
        Map<String, Ranked> byName = new LinkedHashMap<>();
        // The shared list is ordered exact, then prefix, then fuzzy; an alias hit ("k8s" for Kubernetes)
        // sits in its group although its name does not show it, so a row's group is the lowest of the
        // name-based groups from there to the end.
        int group = 2;
        List<Ranked> fromShared = new ArrayList<>();
        for (int i = shared.size() - 1; i >= 0; i--) {
            SkillSuggestion s = shared.get(i);
            group = Math.min(group, matchGroup(s.name(), q));
            fromShared.addFirst(new Ranked(new Suggestion(s.name(), s.category(), s.openJobs(), false), group));
        }
        fromShared.forEach(r -> byName.put(r.suggestion().name().toLowerCase(Locale.ROOT), r));
        for (String name : customSkills(user, q, limit)) {
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT),
                    new Ranked(new Suggestion(name, null, 0, true), matchGroup(name, q)));
        }
        // A custom skill joins the group its match belongs to: your own skill named exactly or by prefix
        // comes before fuzzy taxonomy matches; within a group the shared order (market frequency) stays.
        return byName.values().stream().sorted(Comparator.comparingInt(Ranked::group)).limit(limit)
                .map(Ranked::suggestion).toList();
    }

    private record Ranked(Suggestion suggestion, int group) {
    }

    private List<String> customSkills(UserId user, String q, int limit) {
        return jdbc.sql("""
                SELECT c.name FROM custom_skills c
                WHERE c.user_id = :user AND (lower(c.name) LIKE :prefix || '%' OR lower(c.name) % :q)
                ORDER BY (lower(c.name) = :q) DESC, (lower(c.name) LIKE :prefix || '%') DESC,
                         similarity(lower(c.name), :q) DESC, lower(c.name)
                LIMIT :limit""")
                .param("q", q)
                .param("prefix", LikePatterns.escape(q))
                .param("user", user.value())
                .param("limit", limit)
                .query(String.class).list();
    }

    /** 0 exact, 1 prefix, 2 anything else. */
    private static int matchGroup(String name, String q) {
        String key = name.toLowerCase(Locale.ROOT);
        return key.equals(q) ? 0 : key.startsWith(q) ? 1 : 2;
    }
}
