package com.careeragent.matching.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which language a posting is written in, by counting very common words that belong to one language only.
 * A posting written in Portuguese requires Portuguese even when it never says so.
 */
final class TextLanguage {

    private static final List<String> LANGUAGES = List.of("English", "German", "Portuguese", "Spanish", "French",
            "Italian", "Dutch");
    private static final String[][] MARKERS = {
            {"the", "and", "with", "you", "our", "are", "will", "your", "we", "of", "to"},
            {"und", "der", "die", "das", "mit", "f\u00fcr", "wir", "du", "ist", "eine", "bei", "dich"},
            {"voc\u00ea", "n\u00e3o", "s\u00e3o", "com", "em", "uma", "na", "no", "da", "do", "das", "dos", "nossa",
                    "nosso", "experi\u00eancia"},
            {"y", "el", "los", "las", "del", "con", "una", "experiencia", "nuestro", "nuestra", "usted", "para"},
            {"et", "les", "des", "vous", "nous", "avec", "une", "pour", "le", "est", "dans"},
            {"il", "gli", "della", "per", "con", "una", "siamo", "che", "sono", "nel"},
            {"het", "een", "van", "voor", "met", "wij", "jij", "ons", "zijn", "en"}};
    private static final Map<String, int[]> WORDS = new HashMap<>();
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final int SAMPLE = 2500;

    static {
        for (int language = 0; language < MARKERS.length; language++) {
            for (String word : MARKERS[language]) {
                int[] previous = WORDS.getOrDefault(word, new int[0]);
                int[] languages = java.util.Arrays.copyOf(previous, previous.length + 1);
                languages[previous.length] = language;
                WORDS.put(word, languages);
            }
        }
    }

    private TextLanguage() {
    }

    /** The language of the text when it clearly isn't English; empty for English or too little text. */
    static Optional<String> of(String text) {
        String[] words = NON_LETTERS.split(text.substring(0, Math.min(SAMPLE, text.length())).toLowerCase(Locale.ROOT));
        if (words.length < 30) {
            return Optional.empty();
        }
        int[] counts = new int[MARKERS.length];
        for (String word : words) {
            int[] languages = WORDS.get(word);
            if (languages != null) {
                for (int language : languages) {
                    counts[language]++;
                }
            }
        }
        int best = 0;
        for (int language = 1; language < counts.length; language++) {
            if (counts[language] > counts[best] * 1.5 && counts[language] >= 8) {
                best = language;
            }
        }
        return best == 0 ? Optional.empty() : Optional.of(LANGUAGES.get(best));
    }
}
