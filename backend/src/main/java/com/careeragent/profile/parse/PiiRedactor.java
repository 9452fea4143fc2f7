package com.careeragent.profile.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces email addresses, phone numbers and street addresses with numbered placeholders before CV
 * text leaves the machine, and puts the originals back into what comes back. The same text always gets
 * the same placeholders, so a cached answer can be restored too.
 */
final class PiiRedactor {

    record Redaction(String text, Map<String, String> originals) {

        /** The value with every placeholder replaced by the text it stood for. */
        String restore(String value) {
            if (value == null || value.indexOf('[') < 0) {
                return value;
            }
            String restored = value;
            for (Map.Entry<String, String> e : originals.entrySet()) {
                restored = restored.replace(e.getKey(), e.getValue());
            }
            return restored;
        }
    }

    private static final Pattern STREET = Pattern.compile("(?i)\\b\\d{1,5}[a-z]?\\s+(?:[\\p{L}.'-]+\\s+){0,4}"
            + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|way|drive|dr|court|ct|place|pl|square|sq|"
            + "terrace|parkway|pkwy|highway|hwy)\\b\\.?"
            + "|\\b[\\p{L}-]+(?:stra(?:ss|ß)e|str\\.|weg|gasse|allee|platz)\\s+\\d{1,4}[a-z]?\\b");

    private PiiRedactor() {
    }

    static Redaction redact(String text) {
        Map<String, String> originals = new LinkedHashMap<>();
        String out = replace(text, HeaderReader.EMAIL, "EMAIL", originals);
        out = replacePhones(out, originals);
        out = replace(out, STREET, "ADDRESS", originals);
        return new Redaction(out, originals);
    }

    private static String replace(String text, Pattern pattern, String kind, Map<String, String> originals) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder(m.group(), kind, originals)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacePhones(String text, Map<String, String> originals) {
        Matcher m = HeaderReader.PHONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String candidate = m.group(1);
            boolean phone = HeaderReader.phone(candidate).filter(p -> p.equals(candidate.strip())).isPresent();
            m.appendReplacement(out, Matcher.quoteReplacement(phone ? placeholder(candidate, "PHONE", originals) : candidate));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String placeholder(String original, String kind, Map<String, String> originals) {
        for (Map.Entry<String, String> e : originals.entrySet()) {
            if (e.getValue().equals(original)) {
                return e.getKey();
            }
        }
        long n = originals.keySet().stream().filter(k -> k.startsWith("[" + kind + "_")).count() + 1;
        String key = "[" + kind + "_" + n + "]";
        originals.put(key, original);
        return key;
    }
}
