package com.careeragent.shared.config;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Runtime settings read from the environment (see the README's configuration table).
 *
 * @param environment        {@code development} (default) or {@code production}
 * @param dataDir            where the embedded database and generated dev secrets live
 * @param jwtSecret          HMAC secret for access tokens; generated and kept in {@code dataDir} in development
 * @param corsAllowedOrigins origins allowed to call the API from a browser on another origin
 * @param adminEmails        accounts that may change what all users share, such as the board watchlist
 *                           (case-insensitive); when empty, every account in development and none in production
 */
@ConfigurationProperties("career-agent")
public record AppProperties(
        @DefaultValue("development") String environment,
        Path dataDir,
        String jwtSecret,
        @DefaultValue List<String> corsAllowedOrigins,
        @DefaultValue List<String> adminEmails) {

    public boolean production() {
        return "production".equalsIgnoreCase(environment);
    }
}
