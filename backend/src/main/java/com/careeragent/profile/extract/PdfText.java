package com.careeragent.profile.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/** Text of a PDF, page by page in reading order, within the page limit; refuses what it cannot read. */
final class PdfText {

    /** Fewer letters than this on all pages means the PDF is pictures of text (a scan). */
    private static final int MIN_LETTERS = 40;

    private PdfText() {
    }

    static String extract(byte[] bytes, UploadLimits limits) {
        if (!hasEndMarker(bytes)) {
            throw Rejections.unreadable("The PDF is incomplete (cut off or damaged). Export it again from the "
                    + "program that made it, then upload the new file.");
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted();
            }
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw Rejections.tooLarge("The PDF has " + pages + " pages; a CV may have at most "
                        + limits.maxPages() + ".");
            }
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                texts.add(PageLayout.text(PdfWords.onPage(document, page)));
            }
            String text = String.join("\n\n", texts);
            if (text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
                throw Rejections.unreadable("The PDF contains no readable text: it looks like a scan or an image. "
                        + "Upload the original document (PDF exported from your editor, DOCX or TXT), or run "
                        + "text recognition (OCR) on it first.");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof com.careeragent.shared.web.ApiProblem problem) {
                throw problem;
            }
            throw Rejections.unreadable("The PDF is damaged and cannot be read. Export it again, or upload a "
                    + "DOCX or TXT version.");
        }
    }

    private static RuntimeException encrypted() {
        return Rejections.unreadable("The PDF is password-protected. Remove the password (for example by "
                + "printing it to a new PDF) and upload it again.");
    }

    /** A complete PDF ends with %%EOF (maybe followed by a little padding). */
    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        return new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
}
