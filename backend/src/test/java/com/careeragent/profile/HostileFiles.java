package com.careeragent.profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds the files a careless or hostile client might upload. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A DOCX-looking archive whose second part inflates from ~60 KB to 64 MB of zeros. */
    static byte[] zipBombDocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    static byte[] zipThatIsNotAWordDocument() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes());
        }
        return out.toByteArray();
    }

    static byte[] pdfWithPages(int pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage());
            }
            return save(document);
        }
    }

    static byte[] textPdf(String... lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            writePage(document, lines);
            return save(document);
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            writePage(document, "Ada Lovelace", "Senior Software Engineer with a secret CV");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        }
    }

    /** A page with only drawn shapes, as a scan without OCR would be (no text layer). */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            return save(document);
        }
    }

    static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length * 6 / 10);
    }

    static byte[] elfExecutable() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        for (int i = header.length; i < elf.length; i++) {
            elf[i] = (byte) (i * 31);
        }
        return elf;
    }

    static byte[] hugeText(int bytes) {
        byte[] text = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            text[i] = (byte) (i % 80 == 79 ? '\n' : 'a' + i % 26);
        }
        return text;
    }

    private static void writePage(PDDocument document, String... lines) throws IOException {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.newLineAtOffset(50, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLineAtOffset(0, -16);
            }
            content.endText();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
