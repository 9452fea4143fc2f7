package com.careeragent.profile.extract;

import java.util.regex.Pattern;

/** Whether plain text is written in Markdown (headings, underlines, emphasis), judged by content alone. */
final class MarkdownHint {

    private static final Pattern MARKERS = Pattern.compile(
            "(?m)^(#{1,6} \\S|={3,}\\s*$|-{3,}\\s*$|\\*\\*[^*]+\\*\\*|> |:\\s{2,}\\S)");

    private MarkdownHint() {
    }

    static boolean looksLikeMarkdown(String text) {
        return MARKERS.matcher(text).results().limit(3).count() >= 3;
    }
}
