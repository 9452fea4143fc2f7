package com.careeragent.jobs.searchbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's own embedded PostgreSQL 17 (same binaries as the app), with the app's Flyway migrations.
 * Its cluster lives in a directory that survives runs, so a second run can reuse the loaded data set.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private BenchDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchDatabase start(Path directory, Map<String, String> serverSettings) throws IOException {
        Files.createDirectories(directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(120));
        serverSettings.forEach(builder::setServerConfig);
        BenchDatabase database = new BenchDatabase(builder.start());
        // outOfOrder: a kept data set may predate a migration numbered below the newest it has
        Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").outOfOrder(true)
                .load().migrate();
        return database;
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
