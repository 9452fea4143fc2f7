package com.careeragent.shared.sql;

/** User text inside a SQL {@code LIKE} pattern (PostgreSQL's default escape character is the backslash). */
public final class LikePatterns {

    private LikePatterns() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped, so it matches only itself. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
