package com.careeragent.profile.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Evens out what PDF and Word tools leave in text: ligatures, soft hyphens, odd dashes and spaces. */
final class TextCleanup {

    private static final Pattern SOFT_HYPHEN_BREAK = Pattern.compile("\u00AD\\s*\n\\s*");
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\n)");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    private TextCleanup() {
    }

    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = SOFT_HYPHEN_BREAK.matcher(text).replaceAll("");
        // Word's PDF export writes a typed hyphen as "-", soft hyphen, U+2010
        text = text.replace("-\u00AD\u2010", "-").replace("\u00AD", "")
                .replace('\u2010', '-').replace('\u2011', '-').replace("\u200B", "").replace("\uFEFF", "")
                .replace("\u2212", "-");
        text = ligatures(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = TRAILING.matcher(text).replaceAll("");
        text = BLANK_RUNS.matcher(text).replaceAll("\n\n");
        return text.strip() + "\n";
    }

    /** Only the Latin ligatures (U+FB00..FB06): full NFKC would also rewrite symbols people wrote on purpose. */
    private static String ligatures(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0xFB00 && c <= 0xFB06) {
                out.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
