package com.careeragent.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.careeragent.CareerAgentApplication;
import com.careeragent.support.Http;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default run: no DATABASE_URL, no REDIS_URL. PostgreSQL runs embedded with its cluster in the
 * data directory, and both the data and the generated development JWT secret survive a restart.
 */
class EmbeddedRunTest {

    @TempDir
    Path dataDir;

    @Test
    void accountsAndTokensSurviveARestart() {
        String email = "restart-" + System.nanoTime() + "@example.com";
        String token;
        try (ConfigurableApplicationContext first = start()) {
            Http http = new Http(port(first));
            assertThat(http.post("/auth/register", null,
                    Map.of("email", email, "password", "persist me please", "fullName", "Restart Test")).status())
                    .isEqualTo(201);
            token = http.post("/auth/login", null, Map.of("email", email, "password", "persist me please"))
                    .json().get("accessToken").asString();
            assertThat(http.get("/actuator/health", null).json().get("status").asString()).isEqualTo("UP");
        }
        assertThat(dataDir.resolve("pgdata/PG_VERSION")).content().startsWith("17");
        assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            Http http = new Http(port(second));
            Http.Response me = http.get("/auth/me", token);
            assertThat(me.status()).as(me.text()).isEqualTo(200);
            assertThat(me.json().get("fullName").asString()).isEqualTo("Restart Test");
            // the in-process cache and rate limiter serve when Redis is absent
            assertThat(http.get("/actuator/health", null).json().toString()).doesNotContain("redis");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CareerAgentApplication.class).run(
                "--DATABASE_URL=", "--REDIS_URL=", "--server.port=0",
                "--CAREER_AGENT_DATA_DIR=" + dataDir, "--CAREER_AGENT_REFRESH_CRON=-");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
