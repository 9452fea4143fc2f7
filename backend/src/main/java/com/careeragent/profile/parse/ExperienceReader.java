package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careeragent.profile.parse.ParsedCv.Experience;

/**
 * Experience entries. Each entry is anchored on its dates; its header is the anchor line plus the
 * short lines right above or below it that name the employer or the role; everything up to the next
 * header is its highlights.
 */
final class ExperienceReader {

    private record Entry(int headerStart, int headerEnd, DateRange dates, List<List<String>> header) {
    }

    private ExperienceReader() {
    }

    static List<Experience> read(List<CvLine> section) {
        List<CvLine> lines = ModerncvDates.join(section);
        List<Entry> entries = new ArrayList<>();
        int consumed = -1;
        for (int i = 0; i < lines.size(); i++) {
            Optional<DateRange> dates = anchor(lines.get(i));
            if (dates.isEmpty() || i <= consumed) {
                continue;
            }
            Entry entry = header(lines, i, dates.get(), consumed);
            entries.add(entry);
            consumed = entry.headerEnd();
        }
        if (entries.isEmpty()) {
            return undatedEntries(lines);
        }
        List<Experience> result = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            Entry entry = entries.get(e);
            int end = e + 1 < entries.size() ? entries.get(e + 1).headerStart() : lines.size();
            EntryHeader.Parts parts = EntryHeader.read(entry.header());
            DateRange d = entry.dates();
            // a lone date ("Summer 2022") is when the position started and ended
            String endDate = d.end() == null && !d.current() ? d.start() : d.end();
            result.add(new Experience(parts.organisation(), parts.title(), parts.location(), d.start(), endDate,
                    d.current(), Highlights.collect(lines.subList(entry.headerEnd() + 1, end), lines.get(entry.headerEnd())
                            .bullet() ? lines.get(entry.headerEnd()) : null)));
        }
        return result;
    }

    /** Dates that head an entry: in a non-bullet header-like line, or alone in a side column. */
    static Optional<DateRange> anchor(CvLine line) {
        if (line.bullet() || line.main().length() > 140) {
            for (String segment : line.segments().subList(1, line.segments().size())) {
                if (DateRange.isDateOnly(segment) || segment.toLowerCase().startsWith("expected")) {
                    return DateRange.find(segment);
                }
            }
            return Optional.empty();
        }
        for (String segment : line.segments()) {
            Optional<DateRange> found = DateRange.find(segment);
            if (found.isPresent()) {
                DateRange d = found.get();
                boolean atEdge = segment.substring(0, d.from()).isBlank() || segment.substring(d.to()).isBlank()
                        || d.end() != null || d.current();
                if (atEdge) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Entry header(List<CvLine> lines, int anchor, DateRange dates, int consumed) {
        CvLine line = lines.get(anchor);
        List<List<String>> header = new ArrayList<>();
        int start = anchor;
        int end = anchor;
        List<String> own = line.bullet() ? List.of() : withoutDate(line.segments(), dates);
        if (own.isEmpty() && !line.bullet()) {
            Entry trailing = trailingDates(lines, anchor, dates, consumed);
            if (trailing != null) {
                return trailing;
            }
        }
        boolean ownHasBoth = !own.isEmpty() && EntryHeader.commaParts(own.getFirst()).size() >= 2
                && EntryHeader.commaParts(own.getFirst()).stream().anyMatch(Words::isTitle);
        if (anchor - 1 > consumed && !ownHasBoth && isHeaderLike(lines.get(anchor - 1))
                && (line.bullet() || own.isEmpty() || EntryHeader.commaParts(own.getFirst()).size() < 2)) {
            header.add(lines.get(anchor - 1).segments());
            start = anchor - 1;
        }
        if (!own.isEmpty()) {
            header.add(own);
        }
        boolean hasTitle = header.stream().flatMap(List::stream).anyMatch(Words::isTitle);
        if (!line.bullet() && !hasTitle && anchor + 1 < lines.size() && isHeaderLike(lines.get(anchor + 1))
                && anchor(lines.get(anchor + 1)).isEmpty()) {
            header.add(lines.get(anchor + 1).segments());
            end = anchor + 1;
        }
        if (line.bullet()) {
            end = anchor - 1; // the anchor's own text is the first highlight
        }
        return new Entry(start, Math.max(end, start), dates, header);
    }

    /**
     * Dates printed after the entry's bullets (pdftotext of a right-hand column): skip the place line and
     * the bullets with their wrapped lines; the header is the line before the first bullet.
     */
    private static Entry trailingDates(List<CvLine> lines, int anchor, DateRange dates, int consumed) {
        int j = anchor - 1;
        List<List<String>> places = new ArrayList<>();
        while (j > consumed && !lines.get(j).bullet() && Words.PLACE.matcher(lines.get(j).main()).matches()) {
            places.add(lines.get(j).segments());
            j--;
        }
        int firstBullet = -1;
        while (j > consumed && (lines.get(j).bullet() || (j - 1 > consumed && lines.get(j - 1).bullet()
                && !isHeaderLike(lines.get(j))) || (j - 1 > consumed && lines.get(j - 1).bullet()))) {
            if (lines.get(j).bullet()) {
                firstBullet = j;
            }
            j--;
        }
        if (firstBullet < 0 || j <= consumed || firstBullet != j + 1 || !isHeaderLike(lines.get(j))) {
            return null;
        }
        List<List<String>> header = new ArrayList<>();
        header.add(lines.get(j).segments());
        header.addAll(places);
        return new Entry(j, j, dates, header);
    }

    private static List<String> withoutDate(List<String> segments, DateRange dates) {
        List<String> out = new ArrayList<>();
        boolean removed = false;
        for (String segment : segments) {
            Optional<DateRange> d = removed ? Optional.empty() : DateRange.find(segment);
            String text = d.isPresent() ? d.get().remove(segment) : segment;
            removed |= d.isPresent();
            text = text.replaceFirst("(?i)^expected( graduation)?:?\\s*", "").strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    static boolean isHeaderLike(CvLine line) {
        String text = line.main();
        return !line.bullet() && line.words() <= 10 && text.length() <= 80 && !text.endsWith(".")
                && !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
    }

    private static boolean undatedTitle(List<CvLine> lines, int i) {
        CvLine line = lines.get(i);
        if (line.bullet() || !isHeaderLike(line) || line.main().endsWith(",")
                || line.main().matches("(?i)^\\d+\\+?\\s+years?.*")) {
            return false;
        }
        return line.main().endsWith(":") || (i + 1 < lines.size() && !isHeaderLike(lines.get(i + 1)));
    }

    /** Without any dates, bold or short lines that name a role still make entries (no dates invented). */
    private static List<Experience> undatedEntries(List<CvLine> lines) {
        List<Experience> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            CvLine line = lines.get(i);
            if (!undatedTitle(lines, i)) {
                continue;
            }
            String title = line.main().replaceAll(":$", "");
            if (i + 1 < lines.size() && !undatedTitle(lines, i + 1)) {
                int end = i + 1;
                while (end < lines.size() && !undatedTitle(lines, end)) {
                    end++;
                }
                result.add(new Experience(null, title, null, null, null, false,
                        Highlights.collect(lines.subList(i + 1, end), null)));
                i = end - 1;
            }
        }
        return result;
    }
}
