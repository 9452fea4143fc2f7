package com.careeragent.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

/**
 * Real servers for the integration tests, started once per test JVM: PostgreSQL 17 (embedded, zonky)
 * and Redis (a real redis-server binary). The app under test reaches them through the same environment
 * variables a deployment uses ({@code DATABASE_URL}, {@code REDIS_URL}).
 */
public final class TestInfrastructure {

    /**
     * The administrator of every test context (mixed case: the setting is compared case-insensitively).
     * Tests that change the shared watchlist sign in as this account ({@link ApiTest#signInAsAdmin()}).
     */
    public static final String ADMIN_EMAIL = "Watchlist.Admin@Example.com";

    private static EmbeddedPostgres postgres;
    private static RedisServer redis;
    private static int redisPort;

    private TestInfrastructure() {
    }

    public static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
            redisPort = freePort();
            redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1")
                    .setting("save \"\"").setting("appendonly no").build();
            redis.start();
            Path dataDir = Files.createTempDirectory("career-agent-test-data");
            System.setProperty("DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            System.setProperty("REDIS_URL", redisUrl());
            System.setProperty("CAREER_AGENT_DATA_DIR", dataDir.toString());
            System.setProperty("CAREER_AGENT_REFRESH_CRON", "-");
            System.setProperty("CAREER_AGENT_ADMIN_EMAILS", "someone.else@example.com, " + ADMIN_EMAIL);
            Runtime.getRuntime().addShutdownHook(new Thread(TestInfrastructure::stop));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String redisUrl() {
        return "redis://127.0.0.1:" + redisPort;
    }

    public static EmbeddedPostgres postgres() {
        start();
        return postgres;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void stop() {
        try {
            if (redis != null) {
                redis.stop();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
