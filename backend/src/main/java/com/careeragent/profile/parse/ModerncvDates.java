package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins ranges that a narrow date column wraps over two rows ("2017 –" above "Present"), so the entry's
 * first line carries the whole range and the next row keeps only its own text.
 */
final class ModerncvDates {

    private static final String DATE = "(?:(?:[A-Z][a-z]{2,8}\\.?\\s+)?(?:19|20)\\d{2})";
    private static final Pattern OPEN_START = Pattern.compile("^(" + DATE + ")\\s*[–—-]\\s+(?!" + DATE
            + "\\b|(?i:present|current|now)\\b)(.+)$");
    private static final Pattern END_START = Pattern.compile("^(" + DATE + "|(?i:present|current|now))\\b\\s*(.*)$");

    private ModerncvDates() {
    }

    static List<CvLine> join(List<CvLine> lines) {
        List<CvLine> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            CvLine line = out.get(i);
            Matcher open = OPEN_START.matcher(line.text());
            if (line.bullet() || !open.matches()) {
                continue;
            }
            CvLine next = out.get(i + 1);
            Matcher end = END_START.matcher(next.text());
            if (!next.bullet() && end.matches()) {
                out.set(i, CvLine.of(open.group(1) + " – " + end.group(1) + " " + open.group(2), false, false));
                if (end.group(2).isBlank()) {
                    out.remove(i + 1);
                } else {
                    out.set(i + 1, CvLine.of(end.group(2), false, false));
                }
            }
        }
        return out;
    }
}
