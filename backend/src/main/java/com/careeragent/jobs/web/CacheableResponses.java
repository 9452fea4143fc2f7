package com.careeragent.jobs.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 200 responses with a strong ETag over the JSON body and a Cache-Control header. Spring MVC compares the
 * ETag with If-None-Match on GET and answers 304 without a body when they match.
 */
@Component
class CacheableResponses {

    private final JsonMapper json;

    CacheableResponses(JsonMapper json) {
        this.json = json;
    }

    <T> ResponseEntity<T> ok(T body, CacheControl caching) {
        byte[] digest = sha256(json.writeValueAsBytes(body));
        String etag = "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        return ResponseEntity.ok().eTag(etag).cacheControl(caching).body(body);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
