package com.careeragent.skills;

import java.util.Arrays;
import java.util.Locale;

/**
 * Free text cut into word tokens in one pass, keeping what skill names need: "C++", "C#", ".NET",
 * "Node.js", "R&D" stay one token; "CI/CD", "scikit-learn" and "Java/Kotlin" split at the slash or
 * hyphen. For every token it remembers what separated it from the previous one, because matching
 * must not join words across a comma or a full stop and ambiguous names look at their neighbours.
 */
final class TokenizedText {

    /** The gap before the token holds only spaces, line breaks, '-', '/' or '_': n-grams may span it. */
    static final int JOINABLE = 1;
    /** The token starts a sentence, a bullet point or the text. */
    static final int SENTENCE_START = 2;
    /** The gap before the token holds a list separator: ',', '/', '|', '(', ')' or ':'. */
    static final int LIST = 4;
    /** The token is glued to the previous one by a single hyphen, as in "X-Ray" or "C-level". */
    static final int HYPHENATED = 8;

    final String text;
    /** The text lower-cased once, when that keeps every offset (it does for nearly all text). */
    private final String lowerText;
    int size;
    int[] start;
    int[] end;
    int[] gap;
    String[] lower;

    private TokenizedText(String text) {
        this.text = text;
        String lowered = text.toLowerCase(Locale.ROOT);
        this.lowerText = lowered.length() == text.length() ? lowered : null;
        int capacity = Math.max(8, text.length() / 5);
        start = new int[capacity];
        end = new int[capacity];
        gap = new int[capacity];
        lower = new String[capacity];
    }

    static TokenizedText of(String text) {
        TokenizedText tokens = new TokenizedText(text);
        tokens.scan();
        return tokens;
    }

    String surface(int from, int toExclusive) {
        return text.substring(start[from], end[toExclusive - 1]);
    }

    boolean startsWithDigit(int index) {
        return Character.isDigit(text.charAt(start[index]));
    }

    private void scan() {
        String s = text;
        int n = s.length();
        int flags = SENTENCE_START | JOINABLE;
        int newlines = 0;
        int runStart = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (startsAddress(s, i)) {
                // Words inside e-mail addresses and URLs ("recruiting@…", "…/python-jobs") are not mentions.
                size = runStart;
                i = nextWhitespace(s, i);
                flags &= ~JOINABLE;
                continue;
            }
            boolean leadingDot = c == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || !isWordChar(s.charAt(i - 1)));
            if (isWordChar(c) || leadingDot) {
                int from = i;
                i = tokenEnd(s, leadingDot ? i + 1 : i);
                int tokenFlags = newlines >= 2 ? (flags | SENTENCE_START) & ~JOINABLE : flags;
                if (size > 0 && from - end[size - 1] == 1 && s.charAt(from - 1) == '-') {
                    tokenFlags |= HYPHENATED;
                }
                add(from, i, tokenFlags);
                flags = JOINABLE;
                newlines = 0;
                continue;
            }
            flags = gapFlags(c, flags);
            if (c == '\n') {
                newlines++;
            }
            if (Character.isWhitespace(c)) {
                runStart = size;
            }
            i++;
        }
    }

    /** The end of a token starting at i: letters and digits, joined by an inner '.' or '&'. */
    private static int tokenEnd(String s, int i) {
        int n = s.length();
        while (true) {
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '&')
                    && isWordChar(s.charAt(i + 1))) {
                i++;
                continue;
            }
            // "C++", "C#", "F#": keep trailing '+'/'#' unless a word follows directly ("Python+Django").
            int j = i;
            while (j < n && (s.charAt(j) == '+' || s.charAt(j) == '#')) {
                j++;
            }
            if (j > i && (j == n || !isWordChar(s.charAt(j)))) {
                return j;
            }
            return i;
        }
    }

    /** An '@' inside a word (e-mail), "://" or a "www." word start an address that runs to the next space. */
    private static boolean startsAddress(String s, int i) {
        char c = s.charAt(i);
        int n = s.length();
        if (c == '@') {
            return i > 0 && i + 1 < n && isWordChar(s.charAt(i - 1)) && isWordChar(s.charAt(i + 1));
        }
        if (c == ':') {
            return s.startsWith("//", i + 1);
        }
        return (c == 'w' || c == 'W') && s.regionMatches(true, i, "www.", 0, 4)
                && (i == 0 || !isWordChar(s.charAt(i - 1)));
    }

    private static int nextWhitespace(String s, int i) {
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static int gapFlags(char c, int flags) {
        switch (c) {
            case ' ', '\t', '\r', '\n', '\u00a0', '-', '_', '\u2013', '\u00ad' -> {
                return flags;
            }
            case '/' -> {
                return flags | LIST;
            }
            case ',', '|', '(', ')', '[', ']', ':', '&', '+' -> {
                return (flags | LIST) & ~JOINABLE;
            }
            case '.', '!', '?', ';', '\u2022', '\u25aa', '\u25cf', '\u00b7', '*', '>' -> {
                return (flags | SENTENCE_START) & ~JOINABLE;
            }
            default -> {
                return flags & ~JOINABLE;
            }
        }
    }

    private void add(int from, int to, int flags) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            gap = Arrays.copyOf(gap, capacity);
            lower = Arrays.copyOf(lower, capacity);
        }
        start[size] = from;
        end[size] = to;
        gap[size] = flags;
        lower[size] = lowerText != null ? lowerText.substring(from, to) : text.substring(from, to).toLowerCase(Locale.ROOT);
        size++;
    }
}
