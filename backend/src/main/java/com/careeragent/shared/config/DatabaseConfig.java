package com.careeragent.shared.config;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With no {@code DATABASE_URL}, the app brings its own PostgreSQL 17 (see {@link EmbeddedPostgresServer}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(RuntimeEnvironment.EMBEDDED_DATABASE)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgres(DataDirectory dataDirectory) {
        Path cluster = dataDirectory.path().resolve("pgdata");
        return EmbeddedPostgresServer.start(cluster);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("embedded-postgres");
        return new HikariDataSource(config);
    }
}
