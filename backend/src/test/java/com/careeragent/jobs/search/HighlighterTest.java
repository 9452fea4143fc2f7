package com.careeragent.jobs.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTest {

    @Test
    void escapesEverythingAndMarksOnlyWhatPostgresMarked() {
        String marked = "<b>Senior</b> \u0001Java\u0002 & \"Kotlin\" dev's\n\n  role";
        assertThat(Highlighter.toHtml(marked))
                .isEqualTo("&lt;b&gt;Senior&lt;/b&gt; <mark>Java</mark> &amp; &quot;Kotlin&quot; dev&#39;s role");
    }

    @Test
    void nullStaysNull() {
        assertThat(Highlighter.toHtml(null)).isNull();
    }
}
