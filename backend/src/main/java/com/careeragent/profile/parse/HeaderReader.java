package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name, headline, contact details, location and links, mostly from the lines above the first section. */
final class HeaderReader {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern PHONE = Pattern.compile("(?<![\\w/.])(\\+?\\(?\\d[\\d ().-]{7,}\\d)(?![\\w/])");
    private static final Pattern YEAR_RANGE = Pattern.compile("(19|20)\\d{2}\\s*[-–]\\s*(19|20)\\d{2}");
    private static final Pattern LINK = Pattern.compile("(?i)(?<![@\\w.])((?:https?://)?(?:www\\.)?"
            + "[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|io|dev|org|net|me|ai|co|app|page|site|xyz)(?:/[\\w./%-]*)?)");
    private static final Pattern ICON = Pattern.compile("^(?:[^\\p{L}\\p{N}(+\\s]|[A-Za-zð§])\\s+(?=\\S)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+[|•·—]\\s+|\\t");
    private static final Pattern NAME = Pattern.compile("^[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){1,3}$");
    private static final Pattern STREET = Pattern.compile("^\\d+[A-Za-z]?\\s+[^,]+,\\s*(.+)$");
    private static final Pattern CITY = Pattern.compile("^[\\p{Lu}][\\p{L} .'-]+(?:,\\s*[\\p{Lu}][\\p{L} .'-]+){1,3}$");

    private HeaderReader() {
    }

    /** The header's pieces: segments split at separators, with icon glyphs (moderncv, rendercv) dropped. */
    static List<String> pieces(List<CvLine> header) {
        List<String> pieces = new ArrayList<>();
        for (CvLine line : header) {
            for (String piece : SEPARATORS.split(line.text())) {
                String p = ICON.matcher(piece.strip()).replaceFirst("").strip();
                if (!p.isEmpty()) {
                    pieces.add(p);
                }
            }
        }
        return pieces;
    }

    static Optional<String> name(List<String> pieces) {
        return pieces.stream()
                .filter(p -> NAME.matcher(p).matches() && !Words.isTitle(p) && !p.contains(",")
                        && Sections.headingKind(CvLine.of(p, false, false)) == null
                        && !p.toLowerCase(Locale.ROOT).startsWith("last updated"))
                .findFirst()
                .map(HeaderReader::titleCaseIfShouting);
    }

    static Optional<String> headline(List<String> pieces, String name) {
        int after = name == null ? 0 : Math.max(0, indexOfName(pieces, name) + 1);
        return pieces.subList(Math.min(after, pieces.size()), pieces.size()).stream()
                .filter(p -> Words.isTitle(p) && p.split("\\s+").length <= 12 && !EMAIL.matcher(p).find()
                        && !p.matches(".*\\d{3}.*") && !p.endsWith("."))
                .findFirst();
    }

    private static int indexOfName(List<String> pieces, String name) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    static Optional<String> email(String text) {
        Matcher m = EMAIL.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    static Optional<String> phone(String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String candidate = m.group(1).strip();
            long digits = candidate.chars().filter(Character::isDigit).count();
            if (digits >= 9 && digits <= 15 && !YEAR_RANGE.matcher(candidate).find()
                    && !candidate.matches("\\d{1,3}(\\.\\d+){2,}")) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<String> location(List<String> pieces, String name) {
        for (String p : pieces) {
            String piece = p.replaceFirst("(?i)^(address|location)\\s*[:-]\\s*", "");
            if (piece.equalsIgnoreCase(name) || EMAIL.matcher(piece).find() || LINK.matcher(piece).find()) {
                continue;
            }
            Matcher street = STREET.matcher(piece);
            if (street.matches() && CITY.matcher(street.group(1)).matches()) {
                return Optional.of(street.group(1).strip());
            }
            if (CITY.matcher(piece).matches() && !Words.isTitle(piece)) {
                return Optional.of(piece);
            }
        }
        return Optional.empty();
    }

    static List<String> links(List<String> pieces) {
        Set<String> links = new LinkedHashSet<>();
        for (String p : pieces) {
            Matcher m = LINK.matcher(p);
            while (m.find()) {
                if (!EMAIL.matcher(p).find() || !p.contains("@" + m.group(1))) {
                    links.add(m.group(1));
                }
            }
        }
        return List.copyOf(links);
    }

    private static String titleCaseIfShouting(String name) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
