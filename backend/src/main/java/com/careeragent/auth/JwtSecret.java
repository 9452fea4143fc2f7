package com.careeragent.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HMAC key for access tokens: {@code JWT_SECRET}, or in development a random secret generated once
 * and kept in the data directory, so tokens survive restarts. (Production refuses to start without a
 * strong {@code JWT_SECRET}: see {@code RuntimeEnvironment}.)
 */
final class JwtSecret {

    private static final Logger log = LoggerFactory.getLogger(JwtSecret.class);
    static final String FILE_NAME = "jwt-secret";

    private JwtSecret() {
    }

    static SecretKey resolve(String configured, Path dataDirectory) {
        byte[] secret = configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8)
                : developmentSecret(dataDirectory.resolve(FILE_NAME));
        if (secret.length < 32) {
            throw new IllegalStateException("JWT_SECRET must be at least 32 bytes long");
        }
        return new SecretKeySpec(secret, "HmacSHA256");
    }

    private static byte[] developmentSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[48];
            new SecureRandom().nextBytes(secret);
            Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.info("Generated a development JWT secret in {}", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the development JWT secret " + file, e);
        }
    }
}
