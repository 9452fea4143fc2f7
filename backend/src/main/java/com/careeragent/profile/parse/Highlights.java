package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;

/** Turns an entry's body into highlights: one per bullet (wrapped lines joined), or one per paragraph. */
final class Highlights {

    private static final java.util.regex.Pattern DURATION =
            java.util.regex.Pattern.compile("(?i)^(\\d+ years?)?\\s*(\\d+ months?)?$");

    private Highlights() {
    }

    static List<String> collect(List<CvLine> body, CvLine firstBullet) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        List<CvLine> all = new ArrayList<>();
        if (firstBullet != null) {
            all.add(firstBullet);
        }
        all.addAll(body);
        for (CvLine line : all) {
            if (!line.bullet() && (DateRange.isDateOnly(line.main()) || DURATION.matcher(line.main()).matches()
                    || Words.PLACE.matcher(line.main()).matches())) {
                continue; // a side column's date, length or place printed on its own line
            }
            if (line.bullet() && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            String text = line.main();
            if (current.length() > 0 && current.charAt(current.length() - 1) == '-') {
                current.setLength(current.length() - 1);
                current.append(text);
            } else {
                current.append(current.isEmpty() ? "" : " ").append(text);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
