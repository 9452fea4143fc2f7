package com.careeragent.profile;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.careeragent.support.Http;

/** Multipart CV uploads for tests, from a chosen client address (X-Forwarded-For from loopback is trusted). */
final class CvUploadClient {

    private final RestClient client;

    CvUploadClient(int port) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    Http.Response upload(String token, String clientIp, String filename, byte[] bytes) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return client.post().uri("/api/profile/cv")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    h.set("X-Forwarded-For", clientIp);
                })
                .body(parts)
                .exchange((request, response) -> new Http.Response(response.getStatusCode().value(),
                        response.getHeaders(), new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    static String randomIp() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "198.51." + r.nextInt(0, 255) + "." + r.nextInt(1, 255);
    }
}
