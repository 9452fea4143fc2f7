package com.careeragent.shared.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

/**
 * The directory holding the embedded database and development secrets: {@code CAREER_AGENT_DATA_DIR},
 * or {@code ~/.career-agent}.
 */
@Component
public class DataDirectory {

    private final Path path;

    DataDirectory(AppProperties properties) {
        Path configured = properties.dataDir() != null
                ? properties.dataDir()
                : Path.of(System.getProperty("user.home"), ".career-agent");
        try {
            this.path = Files.createDirectories(configured.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + configured
                    + "; set CAREER_AGENT_DATA_DIR to a writable directory", e);
        }
    }

    public Path path() {
        return path;
    }
}
