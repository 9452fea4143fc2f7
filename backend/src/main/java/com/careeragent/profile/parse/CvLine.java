package com.careeragent.profile.parse;

import java.util.Arrays;
import java.util.List;

/**
 * One line of CV text. Tab-separated {@code segments} are the columns the PDF layout kept on one row;
 * {@code bullet} lines had a list marker (removed from the text); {@code underlined} marks a Markdown
 * heading written with a line of {@code ===} or {@code ---} under it.
 */
record CvLine(String text, List<String> segments, boolean bullet, boolean underlined) {

    static CvLine of(String raw, boolean bullet, boolean underlined) {
        List<String> segments = Arrays.stream(raw.split("\t")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CvLine(String.join("\t", segments), segments, bullet, underlined);
    }

    String main() {
        return segments.isEmpty() ? "" : segments.getFirst();
    }

    /** The text with columns joined by spaces, as a person would read the row. */
    String plain() {
        return String.join(" ", segments);
    }

    int words() {
        return plain().isBlank() ? 0 : plain().split("\\s+").length;
    }
}
