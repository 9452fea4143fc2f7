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
    /** The gap before the token holds a list separator: ',', '/', '|', '(', ')', ':' or ';'. */
    static final int LIST = 4;

    final String text;
    int size;
    int[] start;
    int[] end;
    int[] gap;
    String[] lower;

    private TokenizedText(String text) {
        this.text = text;
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
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            boolean leadingDot = c == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)));
            if (Character.isLetterOrDigit(c) || leadingDot) {
                int from = i;
                i = tokenEnd(s, leadingDot ? i + 1 : i);
                add(from, i, newlines >= 2 ? (flags | SENTENCE_START) & ~JOINABLE : flags);
                flags = JOINABLE;
                newlines = 0;
                continue;
            }
            flags = gapFlags(c, flags);
            if (c == '\n') {
                newlines++;
            }
            i++;
        }
    }

    /** The end of a token starting at i: letters and digits, joined by an inner '.' or '&'. */
    private static int tokenEnd(String s, int i) {
        int n = s.length();
        while (true) {
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i + 1 < n && (s.charAt(i) == '.' || s.charAt(i) == '&')
                    && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
                continue;
            }
            // "C++", "C#", "F#": keep trailing '+'/'#' unless a word follows directly ("Python+Django").
            int j = i;
            while (j < n && (s.charAt(j) == '+' || s.charAt(j) == '#')) {
                j++;
            }
            if (j > i && (j == n || !Character.isLetterOrDigit(s.charAt(j)))) {
                return j;
            }
            return i;
        }
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
        lower[size] = text.substring(from, to).toLowerCase(Locale.ROOT);
        size++;
    }
}
