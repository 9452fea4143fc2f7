package com.careeragent.profile.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A period as a CV writes it ("May 2023 - Present", "2012 – 2017", "Summer 2022", "2021 to Present"). */
record DateRange(String start, String end, boolean current, int from, int to) {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    private static final String DATE = "(?:(?:" + MONTH + "|" + SEASON + ")\\s+(?:19|20)\\d{2}|(?:0?[1-9]|1[0-2])/(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])(?!\\d)|(?:19|20)\\d{2})";
    private static final String NOW = "(?:present|current|now|today|ongoing)";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<!\\w)(" + DATE + ")\\s*(?:[-–—]+|to|until|till)\\s*("
            + DATE + "|" + NOW + ")(?!\\w)");
    private static final Pattern LIST = Pattern.compile("(?i)(?<!\\w)(" + DATE + ")((?:\\s*,\\s*(?:19|20)\\d{2})+)(?!\\w)");
    private static final Pattern SINGLE = Pattern.compile("(?i)(?<![\\w/.-])(" + DATE + ")(?![\\w/-])");
    private static final Pattern OPEN = Pattern.compile("(?i)(?<!\\w)(" + DATE + ")\\s*[-–—]\\s*$");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("jan", "01"), Map.entry("feb", "02"),
            Map.entry("mar", "03"), Map.entry("apr", "04"), Map.entry("may", "05"), Map.entry("jun", "06"),
            Map.entry("jul", "07"), Map.entry("aug", "08"), Map.entry("sep", "09"), Map.entry("oct", "10"),
            Map.entry("nov", "11"), Map.entry("dec", "12"));

    /** The first range in {@code text}, or else a lone date. */
    static Optional<DateRange> find(String text) {
        Matcher range = RANGE.matcher(text);
        if (range.find()) {
            boolean now = range.group(2).toLowerCase(Locale.ROOT).matches(NOW);
            return Optional.of(new DateRange(normalize(range.group(1)), now ? null : normalize(range.group(2)), now,
                    range.start(), range.end()));
        }
        Matcher list = LIST.matcher(text);
        if (list.find()) { // "Summer 2013, 2014": every summer from the first to the last
            String last = list.group(2).replaceAll(".*(\\d{4})\\s*$", "$1");
            return Optional.of(new DateRange(normalize(list.group(1)), last, false, list.start(), list.end()));
        }
        Matcher single = SINGLE.matcher(text);
        if (single.find()) {
            return Optional.of(new DateRange(normalize(single.group(1)), null, false, single.start(), single.end()));
        }
        return Optional.empty();
    }

    /** A range whose end is on the next line, as moderncv prints it: "2017 –". */
    static boolean endsOpen(String text) {
        return OPEN.matcher(text).find();
    }

    static boolean isDateOnly(String text) {
        return find(text).filter(r -> text.substring(0, r.from()).isBlank() && text.substring(r.to()).isBlank())
                .isPresent();
    }

    /** Text with the date taken out and separators left behind trimmed. */
    String remove(String text) {
        return (text.substring(0, from) + " " + text.substring(to)).replaceAll("[\\s,;|–—-]+$", "")
                .replaceAll("^[\\s,;|–—-]+", "").replaceAll("\\s{2,}", " ").strip();
    }

    static String normalize(String date) {
        String d = date.toLowerCase(Locale.ROOT).strip();
        Matcher numeric = Pattern.compile("(\\d{1,2})/(\\d{4})").matcher(d);
        if (numeric.matches()) {
            return numeric.group(2) + "-" + String.format("%02d", Integer.parseInt(numeric.group(1)));
        }
        if (d.matches("\\d{4}-\\d{2}") || d.matches("\\d{4}")) {
            return d;
        }
        String year = d.replaceAll(".*?(\\d{4})$", "$1");
        String month = MONTHS.get(d.substring(0, Math.min(3, d.length())));
        return month == null ? year : year + "-" + month;
    }
}
