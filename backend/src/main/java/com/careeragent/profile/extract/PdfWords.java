package com.careeragent.profile.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the words of one PDF page with their boxes, for {@link PageLayout} to put in reading order. */
final class PdfWords extends PDFTextStripper {

    record Word(String text, float x, float xEnd, float y, float height) {
    }

    private final List<Word> words = new ArrayList<>();

    private PdfWords() {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<Word> onPage(PDDocument document, int page) throws IOException {
        PdfWords collector = new PdfWords();
        collector.setStartPage(page);
        collector.setEndPage(page);
        collector.getText(document);
        return collector.words;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        // PDFBox hands over one word (or a run without spacing) at a time; split runs on inner spaces
        int start = 0;
        for (int i = 0; i <= positions.size(); i++) {
            boolean end = i == positions.size() || isSpace(positions.get(i).getUnicode());
            if (end && i > start) {
                add(positions.subList(start, i));
            }
            if (end) {
                start = i + 1;
            }
        }
    }

    /** Word's PDF export draws some spaces as one glyph mapped to "\t\r \u00A0": all of it is space. */
    private static boolean isSpace(String unicode) {
        return unicode == null || unicode.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private void add(List<TextPosition> run) {
        StringBuilder text = new StringBuilder();
        float height = 0;
        for (TextPosition p : run) {
            text.append(p.getUnicode());
            height = Math.max(height, p.getHeightDir());
        }
        TextPosition first = run.getFirst();
        TextPosition last = run.getLast();
        words.add(new Word(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj(), Math.max(height, 1f)));
    }
}
