package com.careeragent.profile.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.careeragent.profile.extract.PdfWords.Word;

/**
 * Puts the words of a page in reading order. Words form lines (same baseline) and lines form segments
 * (split at wide gaps). A side column that only labels the main one (dates, places beside an entry)
 * stays on the row it labels, joined by a tab. A real sidebar (a column whose lines mostly have no
 * partner on the other side) is read on its own: the left column top to bottom, then the right.
 */
final class PageLayout {

    record Segment(String text, float x, float xEnd) {
    }

    record Line(float y, List<Segment> segments) {

        String text() {
            return segments.stream().map(Segment::text).collect(Collectors.joining("\t"));
        }

        boolean freeAt(float x) {
            return segments.stream().noneMatch(s -> s.x() <= x && x <= s.xEnd());
        }

        boolean hasLeftOf(float x) {
            return segments.stream().anyMatch(s -> s.xEnd() < x);
        }

        boolean hasRightOf(float x) {
            return segments.stream().anyMatch(s -> s.x() > x);
        }
    }

    private record Region(int from, int to, float gutter) {
    }

    private static final int MIN_SIDEBAR_LINES = 8;

    private PageLayout() {
    }

    static String text(List<Word> words) {
        List<Line> lines = lines(words);
        Region sidebar = sidebar(lines);
        if (sidebar == null) {
            return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
        }
        List<String> out = new ArrayList<>();
        lines.subList(0, sidebar.from()).forEach(l -> out.add(l.text()));
        List<Line> region = lines.subList(sidebar.from(), sidebar.to());
        region.forEach(l -> side(l, sidebar.gutter(), true).ifPresent(out::add));
        out.add("");
        region.forEach(l -> side(l, sidebar.gutter(), false).ifPresent(out::add));
        out.add("");
        lines.subList(sidebar.to(), lines.size()).forEach(l -> out.add(l.text()));
        return String.join("\n", out);
    }

    private static java.util.Optional<String> side(Line line, float gutter, boolean left) {
        String text = line.segments().stream().filter(s -> left ? s.xEnd() < gutter : s.x() > gutter)
                .map(Segment::text).collect(Collectors.joining("\t"));
        return text.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(text);
    }

    static List<Line> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
        List<List<Word>> rows = new ArrayList<>();
        for (Word word : sorted) {
            List<Word> row = rows.isEmpty() ? null : rows.getLast();
            if (row != null && Math.abs(row.getFirst().y() - word.y()) <= Math.min(row.getFirst().height(), word.height()) * 0.5f) {
                row.add(word);
            } else {
                rows.add(new ArrayList<>(List.of(word)));
            }
        }
        return rows.stream().map(PageLayout::line).toList();
    }

    private static Line line(List<Word> row) {
        row.sort(Comparator.comparingDouble(Word::x));
        float height = (float) row.stream().mapToDouble(Word::height).max().orElse(10);
        float wideGap = Math.max(height * 1.8f, 12f);
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder(row.getFirst().text());
        float x = row.getFirst().x();
        float xEnd = row.getFirst().xEnd();
        for (Word word : row.subList(1, row.size())) {
            if (word.x() - xEnd > wideGap) {
                segments.add(new Segment(text.toString(), x, xEnd));
                text = new StringBuilder(word.text());
                x = word.x();
            } else {
                text.append(' ').append(word.text());
            }
            xEnd = Math.max(xEnd, word.xEnd());
        }
        segments.add(new Segment(text.toString(), x, xEnd));
        return new Line(row.getFirst().y(), segments);
    }

    /** The longest run of lines split by one free vertical strip whose two sides are not row-aligned. */
    private static Region sidebar(List<Line> lines) {
        float left = (float) lines.stream().flatMap(l -> l.segments().stream()).mapToDouble(Segment::x).min().orElse(0);
        float right = (float) lines.stream().flatMap(l -> l.segments().stream()).mapToDouble(Segment::xEnd).max().orElse(0);
        Region best = null;
        for (float gutter = left + (right - left) * 0.2f; gutter < left + (right - left) * 0.8f; gutter += 3f) {
            int start = 0;
            for (int i = 0; i <= lines.size(); i++) {
                if (i < lines.size() && lines.get(i).freeAt(gutter)) {
                    continue;
                }
                if (i - start >= MIN_SIDEBAR_LINES && (best == null || i - start > best.to() - best.from())
                        && unaligned(lines.subList(start, i), gutter)) {
                    best = new Region(start, i, gutter);
                }
                start = i + 1;
            }
        }
        return best;
    }

    /** Both sides carry text, and most lines on the shorter side have no partner on the same row. */
    private static boolean unaligned(List<Line> run, float gutter) {
        long leftLines = run.stream().filter(l -> l.hasLeftOf(gutter)).count();
        long rightLines = run.stream().filter(l -> l.hasRightOf(gutter)).count();
        long both = run.stream().filter(l -> l.hasLeftOf(gutter) && l.hasRightOf(gutter)).count();
        long smaller = Math.min(leftLines, rightLines);
        return smaller >= 4 && both < smaller * 0.5;
    }
}
