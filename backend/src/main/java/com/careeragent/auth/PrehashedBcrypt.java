package com.careeragent.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt (cost 12) reads at most 72 bytes and Spring Security rejects longer input, but we accept
 * passwords of up to 128 characters (up to 512 UTF-8 bytes). Every password is therefore first reduced
 * to its SHA-256 digest in base64 (44 bytes), so all of it counts, then hashed by Spring's bcrypt.
 */
final class PrehashedBcrypt implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(12);

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(digest(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bcrypt.matches(digest(rawPassword), encodedPassword);
    }

    private static String digest(CharSequence raw) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.toString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
