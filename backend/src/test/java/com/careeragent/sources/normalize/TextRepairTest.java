package com.careeragent.sources.normalize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextRepairTest {

    @Test
    void utf8ReadAsLatin1OrWindows1252IsRepaired() {
        assertThat(MojibakeRepair.repair("Please submit your rÃ©sumÃ©")).isEqualTo("Please submit your résumé");
        assertThat(MojibakeRepair.repair("grown\u00e2\u0080\u0094we\u00e2\u0080\u0099ve")).isEqualTo("grown—we’ve");
        assertThat(MojibakeRepair.repair("weâ€™re hiring")).isEqualTo("we’re hiring");
        assertThat(MojibakeRepair.repair("fÃ¼r Schlaganfallpatienten")).isEqualTo("für Schlaganfallpatienten");
    }

    @Test
    void correctTextIsLeftAlone() {
        assertThat(MojibakeRepair.repair("Crème brûlée, Straße, 東京, naïve — “quotes”"))
                .isEqualTo("Crème brûlée, Straße, 東京, naïve — “quotes”");
    }

    @Test
    void linesAreDecodedStrippedOfMarkupAndLookAlikes() {
        assertThat(TextCleaner.line("  1840 &amp;amp; Company \n")).isEqualTo("1840 & Company");
        assertThat(TextCleaner.line("ꓟachine ꓡearning ꓣesearcher")).isEqualTo("Machine Learning Researcher");
        assertThat(TextCleaner.line("Engineer <script>alert(1)</script><b>II</b>")).isEqualTo("Engineer II");
        assertThat(TextCleaner.line("a\u0000b\u200bc")).isEqualTo("abc");
        assertThat(TextCleaner.line("   ")).isNull();
    }

    @Test
    void descriptionsAreSanitizedAndReadable() {
        DescriptionCleaner.Description d = DescriptionCleaner.clean("<div style=\"x\"><h3>Role</h3><p onmouseover=\"x()\">"
                + "Build &amp; ship.</p><ul><li>Go</li><li>SQL</li></ul><a href=\"javascript:x()\">bad</a>"
                + "<a href=\"https://ok.example/\">good</a><iframe src=\"https://x\"></iframe></div>"
                + "<br/><br/>Please mention the word **BRIGHT** and tag RMzg when applying to show you read the job "
                + "post completely (#RMzg). This is a beta feature to avoid spam applicants. Companies can search "
                + "these words to find applicants that read this and see they're human.", null);
        assertThat(d.html()).isEqualTo("<div><h3>Role</h3><p>Build &amp; ship.</p><ul><li>Go</li><li>SQL</li></ul>"
                + "<a rel=\"nofollow noopener noreferrer\">bad</a>"
                + "<a href=\"https://ok.example/\" rel=\"nofollow noopener noreferrer\">good</a></div>");
        assertThat(d.text()).isEqualTo("Role\n\nBuild & ship.\n\n• Go\n• SQL\nbadgood");
    }

    @Test
    void plainTextBecomesParagraphsWhenThereIsNoHtml() {
        DescriptionCleaner.Description d = DescriptionCleaner.clean("", "Who are we?\n\nA <small> team.");
        assertThat(d.html()).isEqualTo("<p>Who are we?</p><p>A &lt;small&gt; team.</p>");
        assertThat(d.text()).isEqualTo("Who are we?\n\nA <small> team.");
    }
}
