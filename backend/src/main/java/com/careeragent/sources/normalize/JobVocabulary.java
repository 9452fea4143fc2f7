package com.careeragent.sources.normalize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps the sources' many spellings onto our employment types and reads seniority from titles. */
public final class JobVocabulary {

    private record Level(String name, Pattern pattern) {
    }

    private static final List<Level> LEVELS = List.of(
            new Level("intern", Pattern.compile("\\b(intern|internship|co-?op|trainee|apprentice(ship)?)\\b")),
            new Level("junior", Pattern.compile("\\b(junior|jr\\.?|entry[- ]level|graduate|new grad)\\b")),
            new Level("senior", Pattern.compile("\\b(senior|sr\\.?)(?=\\W|$)")),
            new Level("staff", Pattern.compile("\\bstaff\\b")),
            new Level("principal", Pattern.compile("\\bprincipal\\b")),
            new Level("lead", Pattern.compile("\\b(lead|tech lead|team lead)\\b")),
            new Level("director", Pattern.compile("\\b(director|head of)\\b")),
            new Level("executive", Pattern.compile("\\b(vp|vice president|chief \\w+ officer|cto|ceo|cfo|coo|cio)\\b")));

    private static final Pattern INTERN = Pattern.compile("\\b(intern|internship|co-?op|werkstudent|trainee)\\b");

    private JobVocabulary() {
    }

    /** The level named first in the title ("Senior / Staff Engineer" → senior), or {@code null}. */
    public static String seniority(String title) {
        if (title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        String found = null;
        int earliest = Integer.MAX_VALUE;
        for (Level level : LEVELS) {
            Matcher m = level.pattern().matcher(lower);
            if (m.find() && m.start() < earliest) {
                earliest = m.start();
                found = level.name();
            }
        }
        return found;
    }

    /** {@code full_time}, {@code part_time}, {@code contract}, {@code internship}, {@code temporary} or {@code null}. */
    public static String employmentType(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        String t = lower.replaceAll("[^a-z]", "");
        if (INTERN.matcher(lower).find()) {
            return "internship";
        }
        if (t.contains("parttime") || t.contains("teilzeit")) {
            return "part_time";
        }
        if (t.contains("contract") || t.contains("freelance")) {
            return "contract";
        }
        if (t.contains("temporary") || t.contains("shortterm") || t.contains("fixedterm") || t.contains("seasonal")) {
            return "temporary";
        }
        if (t.contains("fulltime") || t.contains("permanent") || t.contains("vollzeit") || t.contains("regular")) {
            return "full_time";
        }
        return null;
    }
}
