package com.careeragent.jobs.search;

/**
 * Turns ts_headline output into safe HTML. PostgreSQL marks matches with the control characters
 * \u0001 and \u0002 (stripped from the text beforehand, so nothing in a posting can forge them); the whole
 * text is HTML-escaped first and only then are the markers replaced by our own {@code <mark>} tags.
 */
public final class Highlighter {

    static final char START = '\u0001';
    static final char STOP = '\u0002';
    /** SQL that removes the marker characters from a column before it reaches ts_headline. */
    static final String STRIP_MARKERS = "translate(%s, E'\\x01\\x02', '')";
    static final String TITLE_OPTIONS = "HighlightAll=true, StartSel=\u0001, StopSel=\u0002";
    static final String SNIPPET_OPTIONS = "MaxWords=32, MinWords=16, ShortWord=2, StartSel=\u0001, StopSel=\u0002";

    private Highlighter() {
    }

    public static String toHtml(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean space = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (Character.isWhitespace(c)) {
                space = html.length() > 0;
                continue;
            }
            if (space) {
                html.append(' ');
                space = false;
            }
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
