package com.careeragent.sources.normalize;

import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Cleans one-line fields (titles, company names, locations): entities, mojibake, look-alike letters, controls. */
public final class TextCleaner {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|[a-zA-Z]{2,8});");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    /** Lisu letters that look like Latin capitals, used to dodge filters ("ꓟachine ꓡearning"). */
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('ꓐ', 'B'), Map.entry('ꓑ', 'P'), Map.entry('ꓓ', 'D'), Map.entry('ꓔ', 'T'),
            Map.entry('ꓖ', 'G'), Map.entry('ꓗ', 'K'), Map.entry('ꓙ', 'J'), Map.entry('ꓚ', 'C'),
            Map.entry('ꓜ', 'Z'), Map.entry('ꓝ', 'F'), Map.entry('ꓟ', 'M'), Map.entry('ꓠ', 'N'),
            Map.entry('ꓡ', 'L'), Map.entry('ꓢ', 'S'), Map.entry('ꓣ', 'R'), Map.entry('ꓦ', 'V'),
            Map.entry('ꓧ', 'H'), Map.entry('ꓪ', 'W'), Map.entry('ꓫ', 'X'), Map.entry('ꓬ', 'Y'),
            Map.entry('ꓮ', 'A'), Map.entry('ꓰ', 'E'), Map.entry('ꓲ', 'I'), Map.entry('ꓳ', 'O'),
            Map.entry('ꓴ', 'U'));

    private TextCleaner() {
    }

    /** A single line of text, or {@code null} when nothing is left. */
    public static String line(String raw) {
        if (raw == null) {
            return null;
        }
        // A one-line field is plain text: markup in it (even a script) is dropped, its text kept.
        String text = raw.indexOf('<') >= 0 ? Jsoup.parseBodyFragment(raw).text() : raw;
        text = decodeEntities(text);
        text = MojibakeRepair.repair(text);
        text = foldLookAlikes(text);
        text = CONTROL.matcher(text).replaceAll("");
        text = SPACES.matcher(text).replaceAll(" ").strip();
        return text.isEmpty() ? null : text;
    }

    /** Entities may arrive escaped twice ({@code &amp;amp;}); decode until stable, at most twice. */
    static String decodeEntities(String text) {
        String decoded = text;
        for (int i = 0; i < 2 && ENTITY.matcher(decoded).find(); i++) {
            decoded = Parser.unescapeEntities(decoded, false);
        }
        return decoded;
    }

    static String foldLookAlikes(String text) {
        if (!LATIN.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(LOOK_ALIKES.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Removes characters PostgreSQL text cannot hold (NUL) and other invisible controls from long text. */
    public static String stripControls(String text) {
        return text == null ? null : CONTROL.matcher(text).replaceAll("");
    }
}
