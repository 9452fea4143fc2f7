package com.careeragent.matching.scoring;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spoken languages a posting requires: named with a proficiency cue ("fluent French", "German C1"), named in
 * the title ("French Speaking"), or implied because the posting itself is written in that language.
 * English is never reported: the app, its CVs and nearly all postings are in English, so it is assumed.
 */
final class SpokenLanguages {

    private static final String[][] NAMES = {
            {"German", "german", "deutsch"}, {"French", "french", "fran\u00e7ais"}, {"Spanish", "spanish", "espa\u00f1ol"},
            {"Portuguese", "portuguese", "portugu\u00eas"}, {"Italian", "italian"}, {"Dutch", "dutch"},
            {"Polish", "polish"}, {"Japanese", "japanese"}, {"Chinese", "mandarin", "chinese"},
            {"Cantonese", "cantonese"}, {"Korean", "korean"}, {"Russian", "russian"}, {"Arabic", "arabic"},
            {"Hindi", "hindi"}, {"Swedish", "swedish"}, {"Norwegian", "norwegian"}, {"Danish", "danish"},
            {"Finnish", "finnish"}, {"Turkish", "turkish"}, {"Ukrainian", "ukrainian"}, {"Czech", "czech"},
            {"Hebrew", "hebrew"}, {"Greek", "greek"}, {"Romanian", "romanian"}, {"Hungarian", "hungarian"},
            {"Vietnamese", "vietnamese"}, {"Thai", "thai"}, {"Indonesian", "indonesian", "bahasa"},
            {"Tagalog", "tagalog", "filipino"}};
    private static final Pattern CUE = Pattern.compile("fluen(?:t|cy)|native|proficien(?:t|cy)|speak|spoken|written"
            + "|verbal|bilingual|mother tongue|business[- ]level|conversational|\\b[ABC][12]\\b|language skills"
            + "|mandatory|required|command of", Pattern.CASE_INSENSITIVE);
    private static final int CUE_DISTANCE = 60;

    private SpokenLanguages() {
    }

    /** Canonical names ("French") of the languages the posting requires, English excluded. */
    static Set<String> required(String title, String text) {
        Set<String> languages = new LinkedHashSet<>();
        String lowerTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        for (String[] language : NAMES) {
            for (int i = 1; i < language.length; i++) {
                if (mentioned(lowerTitle, language[i], null) || mentioned(lower, language[i], text)) {
                    languages.add(language[0]);
                }
            }
        }
        if (text != null) {
            TextLanguage.of(text).ifPresent(languages::add);
        }
        return languages;
    }

    /** Up to {@value #CUE_DISTANCE} characters either side of a mention, within its sentence. */
    private static String sentenceAround(String text, int at, int end) {
        int from = Math.max(0, at - CUE_DISTANCE);
        for (int i = at - 1; i >= from; i--) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n') {
                from = i + 1;
                break;
            }
        }
        int to = Math.min(text.length(), end + CUE_DISTANCE);
        for (int i = end; i < to; i++) {
            if (text.charAt(i) == '.' || text.charAt(i) == '\n') {
                to = i;
                break;
            }
        }
        return text.substring(from, to);
    }

    /** Whether the word occurs on its own; with {@code original} given, only next to a proficiency cue. */
    private static boolean mentioned(String lower, String word, String original) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean alone = (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (end == lower.length() || !Character.isLetter(lower.charAt(end)));
            if (alone && (original == null || CUE.matcher(sentenceAround(original, at, end)).find())) {
                return true;
            }
        }
        return false;
    }
}
