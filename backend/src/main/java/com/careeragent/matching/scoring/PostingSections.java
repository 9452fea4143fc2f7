package com.careeragent.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a posting's text by its headings into what it requires, what it calls nice to have, and the rest
 * (company blurb, benefits). Sentences such as "Kafka is a plus" inside a requirements list count as nice to
 * have. Text before any heading is {@code unspecified}: with no structure at all, everything is required.
 */
final class PostingSections {

    private static final String PREFERRED = "nice[- ]to[- ]haves?|bonus(?: points)?(?: if you have)?|preferred"
            + "(?: qualifications| skills| experience)?|good to have|pluses|desirable|ways to stand out[^:\\n]{0,30}"
            + "|additional experience desired|extra credit|diferenciais|w\u00fcnschenswert|von vorteil";
    private static final String REQUIRED = "requirements?|(?:minimum |basic |required )?qualifications"
            + "(?: and experience)?|required(?: skills| experience)?|what you(?:'ll| will)? (?:need|bring)[^:\\n]{0,30}"
            + "|must[- ]haves?(?: \\(min\\. qualifications\\))?|who you are|about you|you have|your profile"
            + "|skills(?: (?:&|and) (?:experience|qualifications))?|what we(?:'re| are) looking for"
            + "|mandatory[^:\\n]{0,30}|(?:key |your )?responsibilities|what you(?:'ll| will) (?:do|focus on)|the role"
            + "|about the (?:role|position|job|opportunity)|role overview"
            + "|in this role[^:\\n]{0,20}|requisitos[^:\\n]{0,30}|was du mitbringst|dein profil|on the job";
    private static final String OTHER = "benefits(?: & perks| and perks)?|perks|what we offer|we offer|about us"
            + "|about the company|about the team|compensation|why join[^:\\n]{0,30}|our benefits|how to apply"
            + "|equal opportunity[^:\\n]{0,30}|life at [^:\\n]{0,20}|nossos benef\u00edcios|who we are|our company|fraud warning";

    // tried only where a heading can start: at the start of a line or after the end of a sentence
    private static final Pattern HEADING = Pattern.compile(
            "[ \\t]*[-*\u2022]?[ \\t]*(?:(?<p>" + PREFERRED + ")|(?<r>" + REQUIRED + ")|(?<o>" + OTHER
                    + "))[ \\t]*(?::|\\n|$)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final int MAX_HEADING = 70;
    private static final String[] SENTENCE_CUES = {"plus", "nice", "prefer", "desirab", "bonus", "advantage",
            "not required", "good to have"};
    private static final Pattern PREFERRED_SENTENCE = Pattern.compile(
            "\\b(?:is|are|would be|will be) (?:a |an )?(?:big |huge |strong )?(?:plus|bonus|advantage)"
                    + "|nice[- ]to[- ]have|\\bpreferred\\b|desirable|not required|good to have|is a plus",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[\\n]|(?<=[.!?;])\\s+");

    enum Kind { UNSPECIFIED, REQUIRED, PREFERRED, OTHER }

    /** The text of each kind; {@code structured} tells whether any requirements heading was found. */
    record Split(String required, String preferred, String other, boolean structured) {
    }

    private PostingSections() {
    }

    static Split split(String text) {
        return split(text, null);
    }

    /** As {@link #split(String)}; "About {company}" also starts a section about the company. */
    static Split split(String text, String company) {
        if (text == null || text.isBlank()) {
            return new Split("", "", "", false);
        }
        StringBuilder required = new StringBuilder();
        StringBuilder preferred = new StringBuilder();
        StringBuilder other = new StringBuilder();
        boolean structured = false;
        Kind kind = Kind.UNSPECIFIED;
        int start = 0;
        Matcher heading = HEADING.matcher(text);
        int at = 0;
        while (at < text.length()) {
            int end = headingEnd(heading, text, at, company);
            if (end < 0) {
                at = next(text, at);
                continue;
            }
            append(text.substring(start, at), kind, required, preferred, other);
            kind = end == aboutCompany(text, at, company) ? Kind.OTHER : heading.group("p") != null ? Kind.PREFERRED
                    : heading.group("r") != null ? Kind.REQUIRED : Kind.OTHER;
            structured |= kind == Kind.REQUIRED || kind == Kind.PREFERRED;
            // the next heading can only start after this one (a heading may contain a full stop)
            start = end;
            at = end;
        }
        append(text.substring(start), kind, required, preferred, other);
        return new Split(required.toString(), preferred.toString(), other.toString(), structured);
    }

    /** Where the heading starting at {@code at} ends, or -1 when none starts there. */
    private static int headingEnd(Matcher heading, String text, int at, String company) {
        if (!shortLineAhead(text, at)) {
            return -1;
        }
        int aboutCompany = aboutCompany(text, at, company);
        if (aboutCompany >= 0) {
            return aboutCompany;
        }
        heading.region(at, text.length());
        return heading.lookingAt() ? Math.max(heading.end(), at + 1) : -1;
    }

    /** Where an "About Acme" heading ends, or -1 when the text at {@code at} is not one. */
    private static int aboutCompany(String text, int at, String company) {
        if (company == null || company.isBlank()) {
            return -1;
        }
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        String heading = "about " + company.strip();
        if (!text.regionMatches(true, i, heading, 0, heading.length())) {
            return -1;
        }
        int end = i + heading.length();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return end == text.length() || text.charAt(end) == ':' || text.charAt(end) == '\n' ? Math.min(end + 1, text.length())
                : -1;
    }

    /** A heading ends with a colon or a line break soon after it starts; prose runs on. */
    private static boolean shortLineAhead(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_HEADING);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\n') {
                return true;
            }
        }
        return limit == text.length();
    }

    /** The next place a heading could start: after a line break or a sentence's end. */
    private static int next(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == '\u2022') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static void append(String chunk, Kind kind, StringBuilder required, StringBuilder preferred,
            StringBuilder other) {
        switch (kind) {
            case PREFERRED -> preferred.append(chunk).append('\n');
            case OTHER -> other.append(chunk).append('\n');
            default -> {
                if (!mayBePreferred(chunk)) {
                    required.append(chunk).append('\n');
                    return;
                }
                for (String sentence : sentences(chunk)) {
                    (mayBePreferred(sentence) && PREFERRED_SENTENCE.matcher(sentence).find() ? preferred : required)
                            .append(sentence).append('\n');
                }
            }
        }
    }

    private static boolean mayBePreferred(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String cue : SENTENCE_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sentences(String chunk) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(chunk)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
