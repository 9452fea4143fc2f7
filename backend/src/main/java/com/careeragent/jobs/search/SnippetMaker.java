package com.careeragent.jobs.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careeragent.jobs.JobSummary;

/**
 * Highlights for result items: the title, and ~30 words of the description around the first match, with
 * every word whose stem the query looks for wrapped in {@code <mark>} and everything else HTML-escaped.
 * Done here rather than with ts_headline, which parses each whole description (~0.3 ms a row, most of a
 * search's time); only words sharing a stem's first letters are stemmed, through {@link StemCache}.
 */
@Component
class SnippetMaker {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final int BEFORE = 10;
    private static final int WORDS = 30;

    private final StemCache stems;

    SnippetMaker(StemCache stems) {
        this.stems = stems;
    }

    private record Word(int start, int end, String lower) {
    }

    /** Highlights for several items at once (one stem lookup): key → {title, description}. */
    <K> Map<K, JobSummary.Highlights> highlight(Map<K, String[]> texts, List<String> queryStems) {
        Set<String> wanted = new HashSet<>(queryStems);
        Map<K, List<Word>[]> words = new LinkedHashMap<>();
        Set<String> candidates = new HashSet<>();
        Map<K, String[]> clean = new LinkedHashMap<>();
        // the marker characters must not come from the text itself
        texts.forEach((key, pair) -> clean.put(key, new String[] {withoutMarkers(pair[0]), withoutMarkers(pair[1])}));
        clean.forEach((key, pair) -> {
            @SuppressWarnings("unchecked")
            List<Word>[] split = new List[] {words(pair[0]), words(pair[1])};
            words.put(key, split);
            for (List<Word> list : split) {
                list.stream().map(Word::lower).filter(w -> mayMatch(w, wanted)).forEach(candidates::add);
            }
        });
        Map<String, String> stemOf = stems.stems(candidates);
        Map<K, JobSummary.Highlights> highlights = new LinkedHashMap<>();
        clean.forEach((key, pair) -> {
            List<Word>[] split = words.get(key);
            highlights.put(key, new JobSummary.Highlights(
                    mark(pair[0], split[0], 0, split[0].size(), stemOf, wanted),
                    snippet(pair[1], split[1], stemOf, wanted)));
        });
        return highlights;
    }

    private static String withoutMarkers(String text) {
        return text == null ? null : text.replace(String.valueOf(Highlighter.START), "")
                .replace(String.valueOf(Highlighter.STOP), "");
    }

    private static boolean mayMatch(String word, Set<String> wanted) {
        for (String stem : wanted) {
            // stems keep a word's first letters ("flying" → "fli"), so two letters are a safe filter
            if (word.regionMatches(0, stem, 0, Math.min(2, stem.length()))) {
                return true;
            }
        }
        return false;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.start(), matcher.end(), matcher.group().toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    private static String snippet(String text, List<Word> words, Map<String, String> stemOf, Set<String> wanted) {
        if (words.isEmpty()) {
            return "";
        }
        int first = 0;
        for (int i = 0; i < words.size(); i++) {
            if (wanted.contains(stemOf.get(words.get(i).lower()))) {
                first = i;
                break;
            }
        }
        int from = Math.max(0, first - BEFORE);
        int to = Math.min(words.size(), from + WORDS);
        String marked = mark(text, words, from, to, stemOf, wanted);
        return (from > 0 ? "… " : "") + marked + (to < words.size() ? " …" : "");
    }

    /** Words {@code from} to {@code to} of the text, escaped, matches marked, whitespace collapsed. */
    private static String mark(String text, List<Word> words, int from, int to, Map<String, String> stemOf,
            Set<String> wanted) {
        if (text == null || from >= to) {
            return text == null ? null : Highlighter.toHtml(text);
        }
        StringBuilder marked = new StringBuilder();
        int position = from == 0 ? 0 : words.get(from).start();
        int end = to == words.size() ? text.length() : words.get(to - 1).end();
        for (int i = from; i < to; i++) {
            Word word = words.get(i);
            marked.append(text, position, word.start());
            boolean hit = wanted.contains(stemOf.get(word.lower()));
            marked.append(hit ? Highlighter.START : "").append(text, word.start(), word.end())
                    .append(hit ? Highlighter.STOP : "");
            position = word.end();
        }
        marked.append(text, position, end);
        return Highlighter.toHtml(marked.toString());
    }
}
