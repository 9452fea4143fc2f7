package com.careeragent.matching.scoring;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoken languages a posting requires: named with a proficiency cue ("fluent French", "German C1"), named in
 * the title ("French Speaking"), or implied because the posting itself is written in that language.
 * English is never reported: the app, its CVs and nearly all postings are in English, so it is assumed.
 */
final class SpokenLanguages {

    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        String[][] names = {
                {"German", "german|deutsch"}, {"French", "french|fran\u00e7ais"}, {"Spanish", "spanish|espa\u00f1ol"},
                {"Portuguese", "portuguese|portugu\u00eas"}, {"Italian", "italian"}, {"Dutch", "dutch"},
                {"Polish", "polish"}, {"Japanese", "japanese"}, {"Mandarin", "mandarin|chinese"},
                {"Cantonese", "cantonese"}, {"Korean", "korean"}, {"Russian", "russian"}, {"Arabic", "arabic"},
                {"Hindi", "hindi"}, {"Swedish", "swedish"}, {"Norwegian", "norwegian"}, {"Danish", "danish"},
                {"Finnish", "finnish"}, {"Turkish", "turkish"}, {"Ukrainian", "ukrainian"}, {"Czech", "czech"},
                {"Hebrew", "hebrew"}, {"Greek", "greek"}, {"Romanian", "romanian"}, {"Hungarian", "hungarian"},
                {"Vietnamese", "vietnamese"}, {"Thai", "thai"}, {"Indonesian", "indonesian|bahasa"},
                {"Tagalog", "tagalog|filipino"}};
        for (String[] name : names) {
            NAMES.put(name[0], name[1]);
        }
    }

    private static final Pattern NAME = Pattern.compile("\\b(" + String.join("|", NAMES.values()) + ")\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CUE = Pattern.compile("fluen(?:t|cy)|native|proficien(?:t|cy)|speak|spoken|written"
            + "|verbal|bilingual|mother tongue|business[- ]level|conversational|\\b[ABC][12]\\b|language skills"
            + "|mandatory|required|command of", Pattern.CASE_INSENSITIVE);
    private static final int CUE_DISTANCE = 60;

    private SpokenLanguages() {
    }

    /** Canonical names ("French") of the languages the posting requires, English excluded. */
    static Set<String> required(String title, String text) {
        Set<String> languages = new LinkedHashSet<>();
        Matcher inTitle = NAME.matcher(title == null ? "" : title);
        while (inTitle.find()) {
            languages.add(canonical(inTitle.group(1)));
        }
        if (text != null) {
            Matcher named = NAME.matcher(text);
            while (named.find()) {
                String around = text.substring(Math.max(0, named.start() - CUE_DISTANCE),
                        Math.min(text.length(), named.end() + CUE_DISTANCE));
                if (CUE.matcher(around).find()) {
                    languages.add(canonical(named.group(1)));
                }
            }
            TextLanguage.of(text).ifPresent(languages::add);
        }
        languages.remove("English");
        return languages;
    }

    private static String canonical(String spelled) {
        String lower = spelled.toLowerCase(Locale.ROOT);
        return NAMES.entrySet().stream().filter(e -> lower.matches(e.getValue())).map(Map.Entry::getKey)
                .findFirst().orElse(spelled);
    }
}
