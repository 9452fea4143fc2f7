package com.careeragent.profile;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** Five upload requests per hour and client address; refused and unauthenticated ones count too. */
class CvUploadRateLimitApiTest extends ApiTest {

    @Test
    void theSixthRequestFromOneAddressWithinAnHourIsRefusedWithRetryAfter() throws IOException {
        CvUploadClient uploads = new CvUploadClient(port);
        String token = signUp();
        String ip = CvUploadClient.randomIp();

        assertThat(uploads.upload(token, ip, "ada.txt", ProfileApiTest.adaCv()).status()).isEqualTo(201);
        assertThat(uploads.upload(token, ip, "x.pdf", HostileFiles.elfExecutable()).status()).isEqualTo(415);
        assertThat(uploads.upload(null, ip, "ada.txt", ProfileApiTest.adaCv()).status()).isEqualTo(401);
        assertThat(uploads.upload(token, ip, "empty.txt", new byte[0]).status()).isEqualTo(422);
        assertThat(uploads.upload(token, ip, "ada.txt", ProfileApiTest.adaCv()).status()).isEqualTo(201);

        Http.Response sixth = uploads.upload(token, ip, "ada.txt", ProfileApiTest.adaCv());

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(sixth.headers().getFirst("Retry-After"))).isBetween(1L, 3600L);
        assertThat(uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", ProfileApiTest.adaCv()).status())
                .as("another address has its own budget").isEqualTo(201);
    }
}
