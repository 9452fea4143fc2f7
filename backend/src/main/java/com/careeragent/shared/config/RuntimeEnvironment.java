package com.careeragent.shared.config;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Turns the deployment's environment variables into Spring settings before anything starts:
 * {@code DATABASE_URL} (Railway's {@code postgres://} form or JDBC) selects an external database,
 * otherwise PostgreSQL runs embedded; {@code REDIS_URL} switches Redis on, otherwise its
 * auto-configuration is left out and caches and rate limits stay in the process.
 */
class RuntimeEnvironment implements EnvironmentPostProcessor {

    static final String EMBEDDED_DATABASE = "career-agent.database.embedded";
    static final String REDIS_ENABLED = "career-agent.redis.enabled";
    static final int MIN_SECRET_BYTES = 32;

    private static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        String databaseUrl = env.getProperty("DATABASE_URL");
        if (StringUtils.hasText(databaseUrl)) {
            props.putAll(DatabaseUrl.parse(databaseUrl).asSpringProperties());
            props.put(EMBEDDED_DATABASE, "false");
        } else if (!StringUtils.hasText(env.getProperty("spring.datasource.url"))) {
            props.put(EMBEDDED_DATABASE, "true");
        }
        String redisUrl = env.getProperty("REDIS_URL");
        if (StringUtils.hasText(redisUrl)) {
            props.put("spring.data.redis.url", redisUrl);
            props.put(REDIS_ENABLED, "true");
        } else {
            String existing = env.getProperty("spring.autoconfigure.exclude", "");
            String exclusions = String.join(",", REDIS_AUTO_CONFIGURATIONS);
            props.put("spring.autoconfigure.exclude", existing.isBlank() ? exclusions : existing + "," + exclusions);
            props.put(REDIS_ENABLED, "false");
        }
        env.getPropertySources().addFirst(new MapPropertySource("careerAgentRuntime", props));
        refuseUnsafeProduction(env);
    }

    /** Production never runs with a guessable token secret or with the development database. */
    static void refuseUnsafeProduction(ConfigurableEnvironment env) {
        if (!"production".equalsIgnoreCase(env.getProperty("career-agent.environment", "development"))) {
            return;
        }
        String secret = env.getProperty("career-agent.jwt-secret", "");
        if (secret.isBlank() || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new StartupRefusedException("JWT_SECRET", "ENVIRONMENT=production needs a JWT_SECRET of at least "
                    + MIN_SECRET_BYTES + " bytes (e.g. `openssl rand -base64 48`)");
        }
        if (env.getProperty(EMBEDDED_DATABASE, Boolean.class, false)) {
            throw new StartupRefusedException("DATABASE_URL",
                    "ENVIRONMENT=production needs DATABASE_URL: the embedded PostgreSQL is for development only");
        }
    }

    /** A database URL in either {@code postgres://user:pass@host:port/db} or JDBC form. */
    record DatabaseUrl(String jdbcUrl, String username, String password) {

        static DatabaseUrl parse(String url) {
            if (url.startsWith("jdbc:")) {
                return new DatabaseUrl(url, null, null);
            }
            if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
                throw new StartupRefusedException("DATABASE_URL",
                        "DATABASE_URL must start with postgres://, postgresql:// or jdbc:postgresql://");
            }
            URI uri = URI.create(url);
            String user = null;
            String password = null;
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : null;
            }
            int port = uri.getPort() > 0 ? uri.getPort() : 5432;
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new DatabaseUrl("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query,
                    user, password);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        Map<String, Object> asSpringProperties() {
            Map<String, Object> props = new HashMap<>();
            props.put("spring.datasource.url", jdbcUrl);
            if (username != null) {
                props.put("spring.datasource.username", username);
            }
            if (password != null) {
                props.put("spring.datasource.password", password);
            }
            return props;
        }
    }
}
