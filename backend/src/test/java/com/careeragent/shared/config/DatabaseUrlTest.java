package com.careeragent.shared.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @Test
    void railwayStyleUrlsBecomeJdbcWithCredentials() {
        var url = RuntimeEnvironment.DatabaseUrl.parse("postgres://app:s3cr%40t@db.internal:6543/career?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/career?sslmode=require");
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("s3cr@t");
    }

    @Test
    void defaultPortIs5432() {
        assertThat(RuntimeEnvironment.DatabaseUrl.parse("postgresql://u:p@host/db").jdbcUrl())
                .isEqualTo("jdbc:postgresql://host:5432/db");
    }

    @Test
    void jdbcUrlsPassThrough() {
        var url = RuntimeEnvironment.DatabaseUrl.parse("jdbc:postgresql://localhost:5432/db?user=a&password=b");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?user=a&password=b");
        assertThat(url.username()).isNull();
    }

    @Test
    void otherSchemesAreRefusedNamingTheVariable() {
        assertThatThrownBy(() -> RuntimeEnvironment.DatabaseUrl.parse("mysql://u:p@h/db"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("DATABASE_URL");
    }
}
