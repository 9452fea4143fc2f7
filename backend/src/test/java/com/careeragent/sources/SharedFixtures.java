package com.careeragent.sources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The real recorded payloads in ../shared/fixtures, read in place; tests skip when the folder is absent. */
public final class SharedFixtures {

    private SharedFixtures() {
    }

    public static byte[] read(String relativePath) {
        String root = System.getProperty("career-agent.shared-fixtures", "../../shared/fixtures");
        Path file = Path.of(root).resolve(relativePath);
        Assumptions.assumeTrue(Files.isRegularFile(file),
                "shared fixture " + file + " is absent: put ../shared/fixtures beside the checkout to run this test");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] resource(String name) {
        try (var in = SharedFixtures.class.getResourceAsStream("/sources/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /sources/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
