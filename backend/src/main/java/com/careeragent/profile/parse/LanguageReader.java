package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careeragent.profile.parse.ParsedCv.Language;

/** Spoken languages, wherever the CV lists them; programming languages are left to the skills. */
final class LanguageReader {

    private static final Set<String> HUMAN = Set.of("english", "spanish", "french", "german", "italian", "portuguese",
            "dutch", "polish", "russian", "ukrainian", "turkish", "arabic", "hebrew", "hindi", "bengali", "urdu",
            "chinese", "mandarin", "cantonese", "japanese", "korean", "vietnamese", "thai", "indonesian", "malay",
            "swedish", "norwegian", "danish", "finnish", "greek", "czech", "slovak", "hungarian", "romanian",
            "bulgarian", "serbian", "croatian", "persian", "farsi", "tamil", "telugu", "swahili", "catalan", "tagalog");
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(native(?: speaker)?|mother tongue|fluent|"
            + "proficient|professional|conversational|intermediate|basic|beginner|elementary|[abc][12])\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private LanguageReader() {
    }

    static List<Language> read(List<CvLine> lines) {
        Map<String, String> found = new LinkedHashMap<>();
        for (CvLine line : lines) {
            for (String piece : line.plain().split("[,;•|]|\\band\\b")) {
                Matcher words = WORD.matcher(piece);
                while (words.find()) {
                    String word = words.group().toLowerCase(Locale.ROOT);
                    if (HUMAN.contains(word) && !found.containsKey(capitalize(word))) {
                        Matcher level = LEVEL.matcher(piece);
                        found.put(capitalize(word), level.find() ? level.group(1).toLowerCase(Locale.ROOT) : null);
                    }
                }
            }
        }
        List<Language> result = new ArrayList<>();
        found.forEach((name, level) -> result.add(new Language(name, level)));
        return result;
    }

    /** Lines that talk about spoken languages ("Language: Fluent in Spanish", "Human Languages: ..."). */
    static boolean mentionsLanguages(CvLine line) {
        String lower = line.plain().toLowerCase(Locale.ROOT);
        return lower.matches("^(human |spoken )?languages?\\s*:.*") || HUMAN.stream().anyMatch(h ->
                lower.matches(".*\\b" + h + "\\b.*") && LEVEL.matcher(lower).find());
    }

    static boolean isSpokenLanguage(String name) {
        return HUMAN.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
