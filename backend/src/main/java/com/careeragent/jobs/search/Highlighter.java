package com.careeragent.jobs.search;

/**
 * Turns marked text into safe HTML: matches are delimited by the control characters \u0001 and \u0002
 * (removed from the job's own text beforehand, so nothing in a posting can forge them); everything is
 * HTML-escaped and only the markers become our own {@code <mark>} tags. Whitespace runs become one space.
 */
public final class Highlighter {

    static final char START = '\u0001';
    static final char STOP = '\u0002';

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
