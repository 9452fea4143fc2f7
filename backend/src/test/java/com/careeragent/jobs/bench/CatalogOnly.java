package com.careeragent.jobs.bench;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import com.careeragent.jobs.JobCatalog;

/** Just the write side of the catalogue, wired as in the app (transactions included), for the benchmark. */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement
@ComponentScan("com.careeragent.jobs.catalog")
@Import(JobCatalog.class)
class CatalogOnly {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    JdbcClient jdbcClient(JdbcTemplate jdbc) {
        return JdbcClient.create(jdbc);
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
