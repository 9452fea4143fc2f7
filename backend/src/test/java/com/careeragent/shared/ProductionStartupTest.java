package com.careeragent.shared;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import com.careeragent.CareerAgentApplication;
import com.careeragent.shared.config.StartupRefusedException;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Production never starts with a default or weak JWT secret, nor on the embedded database. */
class ProductionStartupTest {

    @TempDir
    Path dataDir;

    @Test
    void refusesWithoutJwtSecret() {
        assertThatThrownBy(() -> start("--JWT_SECRET=", "--DATABASE_URL=postgres://u:p@127.0.0.1:1/db"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("JWT_SECRET");
    }

    @Test
    void refusesAShortJwtSecret() {
        assertThatThrownBy(() -> start("--JWT_SECRET=0123456789abcdef0123456789abcde",
                "--DATABASE_URL=postgres://u:p@127.0.0.1:1/db"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("JWT_SECRET");
    }

    @Test
    void refusesTheEmbeddedDatabase() {
        assertThatThrownBy(() -> start("--JWT_SECRET=" + "s".repeat(48), "--DATABASE_URL="))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("DATABASE_URL");
    }

    private void start(String... extra) {
        String[] args = new String[extra.length + 4];
        args[0] = "--ENVIRONMENT=production";
        args[1] = "--server.port=0";
        args[2] = "--CAREER_AGENT_DATA_DIR=" + dataDir;
        args[3] = "--REDIS_URL=";
        System.arraycopy(extra, 0, args, 4, extra.length);
        new SpringApplicationBuilder(CareerAgentApplication.class).run(args).close();
    }
}
