package com.careeragent.profile.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careeragent.profile.parse.ParsedCv.Experience;

/** Summary text, years of experience (as stated, or counted from dated positions) and seniority. */
final class SummaryReader {

    private static final Pattern STATED_YEARS = Pattern.compile(
            "(?i)(?:over|more than|nearly|almost)?\\s*(\\d{1,2})\\+?\\s*(?:years?|yrs?)(?:\\s+of)?(?:\\s+\\w+){0,3}?\\s+experience"
                    + "|experience\\s*:?\\s*(\\d{1,2})\\+?\\s*years?");

    private SummaryReader() {
    }

    static Optional<String> summary(List<CvLine> lines) {
        String text = lines.stream().map(CvLine::plain).reduce((a, b) -> a + " " + b).orElse("").strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text.replace("- ", "-").replaceAll("(\\w)- (\\w)", "$1$2"));
    }

    static Optional<Double> statedYears(String text) {
        Matcher m = STATED_YEARS.matcher(text.replace('\n', ' '));
        if (m.find()) {
            return Optional.of(Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return Optional.empty();
    }

    /** Years covered by dated positions, overlaps counted once; empty when no position has dates. */
    static Optional<Double> countedYears(List<Experience> experience, java.time.YearMonth now) {
        List<int[]> spans = new java.util.ArrayList<>();
        for (Experience e : experience) {
            if (e.start() == null) {
                continue;
            }
            int from = months(e.start(), true);
            int to = e.current() ? now.getYear() * 12 + now.getMonthValue() - 1
                    : e.end() == null ? from : months(e.end(), false);
            if (to >= from) {
                spans.add(new int[] {from, to});
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
        int total = 0;
        int[] current = spans.getFirst().clone();
        for (int[] s : spans.subList(1, spans.size())) {
            if (s[0] <= current[1]) {
                current[1] = Math.max(current[1], s[1]);
            } else {
                total += current[1] - current[0];
                current = s.clone();
            }
        }
        total += current[1] - current[0];
        return Optional.of(Math.round(total / 6.0) / 2.0);
    }

    private static int months(String date, boolean start) {
        int year = Integer.parseInt(date.substring(0, 4));
        int month = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) - 1 : (start ? 0 : 11);
        return year * 12 + month;
    }

    /** Seniority from the words of the current title or headline; nothing when the words don't say it. */
    static Optional<String> seniority(String titleOrHeadline) {
        if (titleOrHeadline == null) {
            return Optional.empty();
        }
        Matcher m = Words.SENIORITY.matcher(titleOrHeadline);
        if (!m.find()) {
            return Optional.empty();
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT).replace(".", "");
        return Optional.of(switch (word) {
            case "intern", "trainee" -> "intern";
            case "junior", "jr" -> "junior";
            case "senior", "sr" -> "senior";
            case "lead", "staff", "principal" -> "lead";
            default -> "executive";
        });
    }
}
