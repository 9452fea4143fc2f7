package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careeragent.profile.parse.ParsedCv.Education;

/** Education entries: a degree, a school and dates, on one line or spread over a few short ones. */
final class EducationReader {

    private EducationReader() {
    }

    static List<Education> read(List<CvLine> section) {
        List<Education> result = new ArrayList<>();
        String institution = null;
        String degree = null;
        DateRange dates = null;
        for (CvLine line : ModerncvDates.join(section)) {
            if (line.bullet() || line.main().matches("(?i)^(gpa|overall gpa|minor|thesis|advisor)\\b.*")) {
                continue;
            }
            Optional<DateRange> found = DateRange.find(line.text());
            String text = line.text();
            if (found.isPresent()) {
                text = found.get().remove(text.replace('\t', ',')).replaceFirst("(?i)\\(?expected( graduation)?\\)?:?", "");
            }
            List<String> parts = new ArrayList<>();
            for (String segment : text.split("\\t|\\s+[–—]\\s+")) {
                parts.addAll(EntryHeader.commaParts(segment));
            }
            String lineDegree = parts.stream().filter(p -> Words.DEGREE.matcher(p).find()).findFirst().orElse(null);
            String lineSchool = parts.stream().filter(p -> Words.INSTITUTION.matcher(p).find()
                    && !p.equals(lineDegree)).findFirst().orElse(null);
            if (lineSchool == null && lineDegree != null) {
                int at = parts.indexOf(lineDegree);
                lineSchool = parts.stream().skip(at + 1L).filter(p -> !Words.PLACE.matcher(p).matches()
                        && !p.matches("(?i).*(science|engineering|arts|administration|studies)$")).findFirst().orElse(null);
            }
            boolean startsNew = (lineDegree != null && degree != null) || (lineSchool != null && institution != null)
                    || (found.isPresent() && dates != null);
            if (startsNew) {
                result.add(new Education(institution, degree, start(dates), end(dates)));
                institution = null;
                degree = null;
                dates = null;
            }
            institution = institution == null ? lineSchool : institution;
            degree = degree == null ? lineDegree : degree;
            dates = dates == null ? found.orElse(null) : dates;
        }
        if (institution != null || degree != null) {
            result.add(new Education(institution, degree, start(dates), end(dates)));
        }
        return result;
    }

    private static String start(DateRange dates) {
        if (dates == null) {
            return null;
        }
        return dates.end() == null && !dates.current() ? null : dates.start();
    }

    /** A lone date under education is when it ended (graduation). */
    private static String end(DateRange dates) {
        if (dates == null) {
            return null;
        }
        return dates.end() == null && !dates.current() ? dates.start() : dates.end();
    }
}
