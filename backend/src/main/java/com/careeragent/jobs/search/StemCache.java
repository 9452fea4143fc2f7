package com.careeragent.jobs.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The English stem PostgreSQL's full-text search gives a word ("engineering" → "engin", "the" → none), so
 * highlights mark exactly the words the search matched. Asked in one batch per page and remembered: the
 * words of job ads repeat a lot.
 */
@Component
class StemCache {

    private static final int MAX_WORDS = 200_000;
    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, String> stems = new ConcurrentHashMap<>();

    StemCache(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stems of these lowercase words; "" for a stop word. */
    Map<String, String> stems(Collection<String> words) {
        Map<String, String> found = new HashMap<>();
        List<String> missing = words.stream().distinct().filter(w -> {
            String stem = stems.get(w);
            if (stem != null) {
                found.put(w, stem);
            }
            return stem == null;
        }).toList();
        if (!missing.isEmpty()) {
            if (stems.size() > MAX_WORDS) {
                stems.clear();
            }
            jdbc.sql("SELECT w, coalesce((ts_lexize('english_stem', w))[1], '') FROM unnest(:words::text[]) AS w")
                    .param("words", missing.toArray(String[]::new))
                    .query(rs -> {
                        stems.put(rs.getString(1), rs.getString(2));
                        found.put(rs.getString(1), rs.getString(2));
                    });
        }
        return found;
    }
}
