package com.careeragent.skills;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** How a skill name, alias, tag or typed name becomes a lookup key. */
final class SkillKeys {

    private SkillKeys() {
    }

    /** The phrase as extraction sees it: its tokens, lower-cased, joined by one space ("CI/CD" → "ci cd"). */
    static String tokenKey(String phrase) {
        TokenizedText tokens = TokenizedText.of(phrase);
        if (tokens.size == 1) {
            return tokens.lower[0];
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < tokens.size; i++) {
            if (i > 0) {
                key.append(' ');
            }
            key.append(tokens.lower[i]);
        }
        return key.toString();
    }

    /**
     * The token key plus the spellings people also write for it: "node.js" → "node js", "nodejs";
     * "ci cd" → "cicd". A leading dot stays (".net" must not become the word "net").
     */
    static Set<String> spellings(String phrase) {
        String key = tokenKey(phrase);
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(key);
        spellings.add(innerDotsAsSpaces(key));
        String squashed = squash(key);
        if (squashed.length() > 2) {
            spellings.add(squashed);
        }
        spellings.remove("");
        return spellings;
    }

    /** Lower case without inner spaces, dots, hyphens, slashes and underscores: "Dev Ops" → "devops". */
    static String squash(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean separator = Character.isWhitespace(c) || c == '.' || c == '-' || c == '/' || c == '_';
            boolean inner = out.length() > 0 && i + 1 < lower.length();
            if (!(separator && inner)) {
                out.append(c);
            }
        }
        return out.toString().strip();
    }

    private static String innerDotsAsSpaces(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean inner = i > 0 && i + 1 < key.length()
                    && Character.isLetterOrDigit(key.charAt(i - 1)) && Character.isLetterOrDigit(key.charAt(i + 1));
            out.append(c == '.' && inner ? ' ' : c);
        }
        return out.toString();
    }
}
