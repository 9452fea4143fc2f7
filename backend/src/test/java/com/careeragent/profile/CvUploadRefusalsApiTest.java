package com.careeragent.profile;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Every unreadable, oversized or hostile upload gets its own 4xx problem, and nothing is stored. */
class CvUploadRefusalsApiTest extends ApiTest {

    private CvUploadClient uploads;
    private String token;

    @BeforeEach
    void user() {
        uploads = new CvUploadClient(port);
        token = signUp();
    }

    @Test
    void zipBombDocxIsRefusedAsTooLarge() throws IOException {
        assertRefused("cv.docx", HostileFiles.zipBombDocx(), 413, "expands to more than");
    }

    @Test
    void pdfWithTenThousandPagesIsRefusedAsTooLarge() throws IOException {
        assertRefused("cv.pdf", HostileFiles.pdfWithPages(10_000), 413, "10000 pages");
    }

    @Test
    void truncatedPdfIsUnprocessable() throws IOException {
        byte[] pdf = HostileFiles.textPdf("Ada Lovelace", "Senior Software Engineer at Babbage Engines since 2019");
        assertRefused("cv.pdf", HostileFiles.truncated(pdf), 422, "incomplete");
    }

    @Test
    void executableRenamedToPdfIsUnsupported() {
        assertRefused("cv.pdf", HostileFiles.elfExecutable(), 415, "PDF, a Word document");
    }

    @Test
    void archiveThatIsNoWordDocumentIsUnsupported() throws IOException {
        assertRefused("cv.docx", HostileFiles.zipThatIsNotAWordDocument(), 415, "PDF, a Word document");
    }

    @Test
    void emptyFilesAreUnprocessable() {
        assertRefused("cv.txt", new byte[0], 422, "empty");
        assertRefused("cv.docx", new byte[0], 422, "empty");
    }

    @Test
    void textLargerThanFiveMegabytesIsRefusedAsProblem413() {
        assertRefused("cv.txt", HostileFiles.hugeText(6 * 1024 * 1024), 413, "5 MB");
    }

    @Test
    void encryptedPdfSaysToRemoveThePassword() throws IOException {
        assertRefused("cv.pdf", HostileFiles.encryptedPdf(), 422, "password");
    }

    @Test
    void pdfWithoutTextSaysItLooksLikeAScan() throws IOException {
        assertRefused("cv.pdf", HostileFiles.imageOnlyPdf(), 422, "scan");
    }

    @Test
    void uploadWithoutAFilePartIsABadRequest() {
        Http.Response response = uploads.upload(token, CvUploadClient.randomIp(), null, new byte[0]);
        assertThat(response.status()).isIn(400, 422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    private void assertRefused(String filename, byte[] bytes, int status, String detail) {
        Http.Response response = uploads.upload(token, CvUploadClient.randomIp(), filename, bytes);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains(detail);
        assertThat(http.get("/api/profile/cv", token).status()).as("nothing stored").isEqualTo(404);
        assertThat(http.get("/api/profile", token).json().get("fullName").isNull()).isTrue();
    }
}
