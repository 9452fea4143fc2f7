package com.careeragent.jobs.search;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each word (lexeme) is in job texts, from the statistics ANALYZE keeps for the tsvector
 * column (its most common elements); a word not listed is rarer than the rarest listed one. It tells the
 * {@link PlanChooser} how much a GIN bitmap of a query will read. Reloaded every 10 minutes.
 */
@Component
public class LexemeFrequencies {

    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private final JdbcClient jdbc;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), 0, 0, Instant.EPOCH);

    LexemeFrequencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record Snapshot(Map<String, Double> frequencies, double floor, long rows, Instant loadedAt) {
    }

    /** Posting-list entries a GIN index scan for these lexemes reads (an upper bound for AND). */
    double ginEntries(List<String> lexemes) {
        Snapshot current = current();
        double entries = 0;
        for (String lexeme : lexemes) {
            entries += current.frequencies().getOrDefault(lexeme, current.floor()) * current.rows();
        }
        return entries;
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current.loadedAt().plus(MAX_AGE).isAfter(Instant.now())) {
            return current;
        }
        Map<String, Double> frequencies = new HashMap<>();
        double[] floor = {0};
        jdbc.sql("""
                SELECT t.lexeme, t.frequency, t.position > cardinality(s.most_common_elems::text::text[]) AS extra
                FROM pg_stats s,
                     unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs)
                         WITH ORDINALITY AS t(lexeme, frequency, position)
                WHERE s.schemaname = current_schema() AND s.tablename = 'jobs' AND s.attname = 'search_vector'""")
                .query(rs -> {
                    if (!rs.getBoolean("extra")) {
                        frequencies.put(rs.getString("lexeme"), rs.getDouble("frequency"));
                    } else if (floor[0] == 0) {
                        floor[0] = rs.getDouble("frequency"); // the first extra value is the minimum frequency
                    }
                });
        long rows = jdbc.sql("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'jobs'::regclass")
                .query(Long.class).single();
        Snapshot fresh = new Snapshot(Map.copyOf(frequencies), floor[0], rows, Instant.now());
        snapshot = fresh;
        return fresh;
    }
}
