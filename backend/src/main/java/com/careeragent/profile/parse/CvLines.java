package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits CV text into {@link CvLine}s, dropping Markdown syntax and blank lines. */
final class CvLines {

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[•●▪◦‣∙·○■□➢►✓*]|[-–](?=\\s))\\s*");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[=]{3,}|[-]{3,}|[*]{3,}|_{3,})\\s*$");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)]+)\\)");
    private static final Pattern MD_REF = Pattern.compile("^\\s*\\[[^\\]]+]:\\s*\\S+\\s*$");

    private CvLines() {
    }

    static List<CvLine> split(String text) {
        String[] raw = text.split("\n");
        List<CvLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (RULE.matcher(line).matches() || MD_REF.matcher(line).matches()) {
                continue;
            }
            // "---" under a line marks a section title; "===" marks the document title (the name)
            boolean underlined = i + 1 < raw.length && raw[i + 1].strip().matches("-{3,}") && !line.isBlank();
            line = markdown(line);
            boolean bullet = BULLET.matcher(line).find();
            if (bullet) {
                line = BULLET.matcher(line).replaceFirst("");
            }
            if (!line.isBlank()) {
                lines.add(CvLine.of(line, bullet, underlined));
            }
        }
        return lines;
    }

    private static String markdown(String line) {
        String s = line.replaceFirst("^\\s*>\\s?", "")
                .replaceFirst("^#{1,6}\\s+", "")
                .replaceFirst("^:\\s{2,}", "")
                .replaceAll("\\\\$", "");
        s = MD_LINK.matcher(s).replaceAll("$1 ($2)");
        s = s.replaceAll("<([^<>@\\s]+@[^<>\\s]+)>", "$1").replaceAll("\\*\\*|__", "");
        return s.replaceAll("(?<![\\w*])\\*(?=\\S)([^*]+)(?<=\\S)\\*(?![\\w*])", "$1");
    }
}
