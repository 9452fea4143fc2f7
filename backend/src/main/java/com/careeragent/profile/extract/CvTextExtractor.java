package com.careeragent.profile.extract;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Turns an uploaded CV into text. The kind is decided from the bytes; limits come first, so a hostile
 * file is refused before a parser spends memory on it. Every refusal is a 4xx problem that says what to do.
 */
public final class CvTextExtractor {

    static {
        // POI's own bomb checks as a second line behind ZipBombGuard
        ZipSecureFile.setMinInflateRatio(1.0 / UploadLimits.DEFAULT.maxEntryRatio());
    }

    private final UploadLimits limits;

    public CvTextExtractor(UploadLimits limits) {
        this.limits = limits;
    }

    public ExtractedCv extract(byte[] bytes) {
        if (bytes.length == 0) {
            throw Rejections.unreadable("The file is empty. Choose your CV file again.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw Rejections.tooLarge("The file is larger than " + limits.maxBytes() / (1024 * 1024) + " MB.");
        }
        FileKind kind = FileSniffer.sniff(bytes).orElseThrow(Rejections::unsupported);
        String raw = switch (kind) {
            case PDF -> PdfText.extract(bytes, limits);
            case DOCX -> DocxText.extract(bytes, limits);
            case TEXT, MARKDOWN -> FileSniffer.decodeText(bytes).orElseThrow();
        };
        String text = TextCleanup.clean(raw);
        if (text.codePoints().filter(Character::isLetter).count() < 20) {
            throw Rejections.unreadable("The file contains almost no text. Upload the CV itself (PDF, DOCX or TXT).");
        }
        return new ExtractedCv(kind, text);
    }
}
