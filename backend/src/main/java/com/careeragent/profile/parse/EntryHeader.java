package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads title, employer (or school) and place out of an entry's header lines, whatever the order:
 * "Title, Employer, City", "Employer, Title", "Title, Employer – City", employer and title on two lines.
 */
final class EntryHeader {

    record Parts(String title, String organisation, String location) {
    }

    private EntryHeader() {
    }

    /** @param texts the header lines (dates already removed), top to bottom, each with its tab segments */
    static Parts read(List<List<String>> texts) {
        List<List<String>> partsPerLine = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (List<String> segments : texts) {
            List<String> parts = new ArrayList<>();
            for (int s = 0; s < segments.size(); s++) {
                String[] dashed = segments.get(s).split("\\s+[–—-]\\s+");
                if (s > 0) {
                    places.add(segments.get(s));
                    continue;
                }
                parts.addAll(commaParts(dashed[0]));
                for (int d = 1; d < dashed.length; d++) {
                    places.add(dashed[d]);
                }
            }
            if (!parts.isEmpty()) {
                partsPerLine.add(parts);
            }
        }
        List<String> all = partsPerLine.stream().flatMap(List::stream).toList();
        String titled = all.stream().filter(Words::isTitle).findFirst().orElse(null);
        String title = titled;
        String organisation = null;
        if (titled != null) {
            organisation = all.stream().filter(p -> !p.equals(titled)).findFirst().orElse(null);
        } else if (partsPerLine.size() >= 2) {
            organisation = partsPerLine.get(0).getFirst();
            title = partsPerLine.get(1).getFirst();
        } else if (all.size() >= 2) {
            title = all.get(0);
            organisation = all.get(1);
        } else if (!all.isEmpty()) {
            organisation = all.getFirst();
        }
        if (organisation != null) {
            int at = all.indexOf(organisation);
            final String t = title;
            all.subList(at + 1, all.size()).stream().filter(p -> !p.equals(t)).forEach(places::add);
        }
        String location = places.stream().filter(p -> !p.isBlank() && !DateRange.find(p).isPresent())
                .reduce((a, b) -> a + ", " + b).orElse(null);
        return new Parts(title, organisation, location);
    }

    /** Splits at commas and semicolons, keeping "Inc." and the like with the name before them. */
    static List<String> commaParts(String text) {
        List<String> parts = new ArrayList<>();
        for (String raw : text.split("\\s*[,;]\\s*")) {
            String part = raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!parts.isEmpty() && Words.COMPANY_SUFFIX.matcher(part).matches()) {
                parts.set(parts.size() - 1, parts.getLast() + ", " + part);
            } else {
                parts.add(part);
            }
        }
        return parts;
    }
}
