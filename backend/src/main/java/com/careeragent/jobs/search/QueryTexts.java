package com.careeragent.jobs.search;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What PostgreSQL makes of a search text: whether it has any lexeme at all ("the" has none: it is then
 * ignored) and the stems it looks for (for highlights and to price GIN scans). Remembered per text, since
 * people search the same words again and again; that saves a round trip on most searches.
 */
@Component
public class QueryTexts {

    private static final int MAX_TEXTS = 20_000;
    private final JdbcClient jdbc;
    private final ConcurrentHashMap<String, Parsed> parsed = new ConcurrentHashMap<>();

    QueryTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code nodes}: operands and operators of the tsquery (1 = a single word). */
    record Parsed(int nodes, List<String> stems) {

        boolean hasLexemes() {
            return nodes > 0;
        }
    }

    Parsed parse(String text) {
        Parsed known = parsed.get(text);
        if (known != null) {
            return known;
        }
        Parsed fresh = jdbc.sql("""
                SELECT numnode(websearch_to_tsquery('english', :q)) AS nodes,
                       job_tsquery_stems(websearch_to_tsquery('english', :q)) AS stems""")
                .param("q", text)
                .query((rs, n) -> new Parsed(rs.getInt("nodes"),
                        List.of((String[]) rs.getArray("stems").getArray())))
                .single();
        if (parsed.size() >= MAX_TEXTS) {
            parsed.clear();
        }
        parsed.put(text, fresh);
        return fresh;
    }
}
