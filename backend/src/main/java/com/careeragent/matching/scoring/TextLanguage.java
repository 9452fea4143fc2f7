package com.careeragent.matching.scoring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which language a posting is written in, by counting very common words that belong to one language only.
 * A posting written in Portuguese requires Portuguese even when it never says so.
 */
final class TextLanguage {

    private static final Map<String, Set<String>> MARKERS = Map.of(
            "English", Set.of("the", "and", "with", "you", "our", "are", "will", "your", "we", "of", "to"),
            "German", Set.of("und", "der", "die", "das", "mit", "f\u00fcr", "wir", "du", "ist", "eine", "bei", "dich"),
            "Portuguese", Set.of("voc\u00ea", "n\u00e3o", "s\u00e3o", "com", "em", "uma", "na", "no", "da", "do",
                    "das", "dos", "nossa", "nosso", "experi\u00eancia"),
            "Spanish", Set.of("y", "el", "los", "las", "del", "con", "una", "experiencia", "nuestro", "nuestra",
                    "usted", "para"),
            "French", Set.of("et", "les", "des", "vous", "nous", "avec", "une", "pour", "le", "est", "dans"),
            "Italian", Set.of("il", "gli", "della", "per", "con", "una", "siamo", "che", "sono", "nel"),
            "Dutch", Set.of("het", "een", "van", "voor", "met", "wij", "jij", "ons", "zijn", "en"));
    private static final int SAMPLE = 4000;

    private TextLanguage() {
    }

    /** The language of the text when it clearly isn't English; empty for English or too little text. */
    static Optional<String> of(String text) {
        String[] words = text.substring(0, Math.min(SAMPLE, text.length())).toLowerCase(Locale.ROOT)
                .split("[^\\p{L}]+");
        if (words.length < 30) {
            return Optional.empty();
        }
        String best = "English";
        int bestCount = count(words, MARKERS.get("English"));
        for (Map.Entry<String, Set<String>> language : MARKERS.entrySet()) {
            int count = count(words, language.getValue());
            if (count > bestCount * 1.5 && count >= 8) {
                best = language.getKey();
                bestCount = count;
            }
        }
        return "English".equals(best) ? Optional.empty() : Optional.of(best);
    }

    private static int count(String[] words, Set<String> markers) {
        int count = 0;
        for (String word : words) {
            if (markers.contains(word)) {
                count++;
            }
        }
        return count;
    }
}
