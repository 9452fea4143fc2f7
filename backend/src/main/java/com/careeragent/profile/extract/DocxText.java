package com.careeragent.profile.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Body text of a Word document in document order; table cells of a row are joined with tabs. */
final class DocxText {

    private DocxText() {
    }

    static String extract(byte[] bytes, UploadLimits limits) {
        ZipBombGuard.check(bytes, limits);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    text.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> text.append(row.getTableCells().stream()
                            .map(cell -> cell.getText().strip()).collect(Collectors.joining("\t"))).append('\n'));
                }
            }
            return text.toString();
        } catch (IOException | RuntimeException e) {
            throw Rejections.unreadable("The Word document could not be read. Save it again as .docx, "
                    + "or upload a PDF.");
        }
    }
}
