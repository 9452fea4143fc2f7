package com.careeragent.profile.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates a DOCX archive once, counting real bytes (declared sizes can lie), before POI sees it: too
 * many entries, too many expanded bytes or an entry that expands far more than XML does are refused
 * the moment the bound is crossed. Also checks that the archive is a Word document at all.
 */
final class ZipBombGuard {

    private static final long RATIO_CHECK_FROM = 1024 * 1024;

    private ZipBombGuard() {
    }

    static void check(byte[] archive, UploadLimits limits) {
        int entries = 0;
        long total = 0;
        boolean wordDocument = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw bomb("it has more than " + limits.maxZipEntries() + " parts");
                }
                wordDocument |= "word/document.xml".equals(entry.getName());
                long inflated = 0;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    total += n;
                    if (total > limits.maxUnzipped()) {
                        throw bomb("it expands to more than " + limits.maxUnzipped() / (1024 * 1024) + " MB");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (inflated > RATIO_CHECK_FROM && compressed > 0 && inflated / compressed > limits.maxEntryRatio()) {
                    throw bomb("a part of it is compressed " + inflated / compressed + " to 1");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw Rejections.unreadable("The Word document is damaged and cannot be opened. Save it again "
                    + "from your word processor, or upload a PDF.");
        }
        if (entries == 0) {
            throw Rejections.unreadable("The Word document is empty or damaged. Save it again, or upload a PDF.");
        }
        if (!wordDocument) {
            throw Rejections.unsupported();
        }
    }

    private static RuntimeException bomb(String why) {
        return Rejections.tooLarge("The Word document was refused because " + why + ". Save it again without "
                + "embedded files, or upload a PDF.");
    }
}
