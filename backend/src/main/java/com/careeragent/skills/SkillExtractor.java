package com.careeragent.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds skills in free text: one pass over the tokens, at each position the longest n-gram (up to
 * {@link #MAX_TOKENS}) that is a known spelling wins, so "React Native" is not also "React" and
 * "Java" never fires inside "JavaScript". Ambiguous spellings are then kept only when
 * {@link ContextCheck} agrees. Cost: one hash lookup per token plus a few for tokens that can start
 * a multi-word skill.
 */
final class SkillExtractor {

    static final int MAX_TOKENS = 5;

    record Entry(Skill skill, AmbiguousForm rule) {
    }

    record Hit(int from, int to, Skill skill, AmbiguousForm rule) {
    }

    private final Map<String, Entry> entries;
    /** For every token that starts a spelling: the most tokens such a spelling has. */
    private final Map<String, Integer> longestFrom = new HashMap<>();
    private final ContextCheck contextCheck;

    SkillExtractor(Map<String, Entry> entries, AmbiguityRules rules) {
        this.entries = new HashMap<>(entries);
        this.contextCheck = new ContextCheck(rules);
        for (String key : entries.keySet()) {
            String[] words = key.split(" ");
            if (words.length <= MAX_TOKENS) {
                longestFrom.merge(words[0], words.length, Math::max);
            }
        }
    }

    Set<String> extract(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null && !text.isBlank()) {
            hits(TokenizedText.of(text)).forEach(hit -> names.add(hit.skill().name()));
        }
        return names;
    }

    /** How often each skill is mentioned, by canonical name, in order of first mention. */
    Map<String, Integer> mentions(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            hits(TokenizedText.of(text)).forEach(hit -> counts.merge(hit.skill().name(), 1, Integer::sum));
        }
        return counts;
    }

    /** Every accepted mention, in text order. */
    List<Hit> hits(TokenizedText tokens) {
        List<Hit> firm = new ArrayList<>();
        List<Hit> doubtful = new ArrayList<>();
        int i = 0;
        while (i < tokens.size) {
            Hit hit = longestMatchAt(tokens, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (hit.rule() == null) {
                firm.add(hit);
            } else if (contextCheck.passesLocalRules(tokens, hit)) {
                doubtful.add(hit);
            }
            i = hit.to();
        }
        List<Hit> accepted = contextCheck.acceptInContext(tokens, firm, doubtful);
        accepted.sort(Comparator.comparingInt(Hit::from));
        return accepted;
    }

    private Hit longestMatchAt(TokenizedText tokens, int i) {
        Integer longest = longestFrom.get(tokens.lower[i]);
        if (longest == null) {
            return null;
        }
        int maxN = Math.min(longest, tokens.size - i);
        // Multi-word spellings only across plain gaps: "React Native" yes, "React, Native" no.
        int joinable = 1;
        while (joinable < maxN && (tokens.gap[i + joinable] & TokenizedText.JOINABLE) != 0) {
            joinable++;
        }
        for (int n = joinable; n >= 2; n--) {
            StringBuilder key = new StringBuilder(tokens.lower[i]);
            for (int k = i + 1; k < i + n; k++) {
                key.append(' ').append(tokens.lower[k]);
            }
            Entry entry = entries.get(key.toString());
            if (entry != null) {
                return new Hit(i, i + n, entry.skill(), entry.rule());
            }
        }
        Entry entry = entries.get(tokens.lower[i]);
        return entry == null ? null : new Hit(i, i + 1, entry.skill(), entry.rule());
    }
}
