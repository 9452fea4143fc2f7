package com.careeragent.jobs.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A piece of SQL with its named parameters, so statements are assembled without string-pasting values. */
record SqlFragment(String sql, Map<String, Object> params) {

    SqlFragment {
        params = Map.copyOf(params);
    }

    static SqlFragment of(String sql) {
        return new SqlFragment(sql, Map.of());
    }

    SqlFragment with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(params);
        more.put(name, value);
        return new SqlFragment(sql, more);
    }

    SqlFragment and(SqlFragment other) {
        Map<String, Object> more = new LinkedHashMap<>(params);
        more.putAll(other.params);
        return new SqlFragment(sql + other.sql, more);
    }

    SqlFragment wrap(String before, String after) {
        return new SqlFragment(before + sql + after, params);
    }

    JdbcClient.StatementSpec on(JdbcClient jdbc) {
        return jdbc.sql(sql).params(params);
    }
}
