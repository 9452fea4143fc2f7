package com.careeragent.matching.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The minimum years of experience a posting asks for ("5+ years", "at least 3 years", "3-5 years"). */
final class ExperienceYears {

    private static final Pattern YEARS = Pattern.compile(
            "\\b(\\d{1,2})\\s*(?:\\+|plus)?\\s*(?:(?:-|\u2013|to)\\s*\\d{1,2}\\s*\\+?\\s*)?(?:years?|yrs?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_PLAUSIBLE = 15;

    private ExperienceYears() {
    }

    /** The largest stated lower bound, or null when the text states none. */
    static Integer minimum(String requirementsText) {
        Integer best = null;
        Matcher years = YEARS.matcher(requirementsText == null ? "" : requirementsText);
        while (years.find()) {
            int value = Integer.parseInt(years.group(1));
            if (value >= 1 && value <= MAX_PLAUSIBLE && (best == null || value > best)) {
                best = value;
            }
        }
        return best;
    }
}
