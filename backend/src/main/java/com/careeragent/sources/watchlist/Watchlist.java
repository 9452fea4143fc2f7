package com.careeragent.sources.watchlist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.careeragent.jobs.SourceName;
import com.careeragent.sources.SourcesProperties;

/**
 * The company boards read from Greenhouse, Lever and Ashby: the operator's configured boards
 * ({@code CAREER_AGENT_SOURCES_*_BOARDS}, fixed) plus boards users added at run time (table {@code source_boards}).
 */
@Component
public class Watchlist {

    /** Board tokens are URL path segments: letters, digits, dot, dash, underscore. */
    public static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,99}");

    private final JdbcClient jdbc;
    private final SourcesProperties properties;

    Watchlist(JdbcClient jdbc, SourcesProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public record Board(String provider, String token, String origin, Instant addedAt) {
    }

    public List<String> boards(SourceName provider) {
        return entries(provider).stream().map(Board::token).toList();
    }

    public List<Board> entries(SourceName provider) {
        Map<String, Board> boards = new LinkedHashMap<>();
        for (String token : configured(provider)) {
            boards.put(token, new Board(provider.id(), token, "config", null));
        }
        jdbc.sql("SELECT token, added_at FROM source_boards WHERE provider = ? ORDER BY added_at, token")
                .param(provider.id())
                .query((rs, n) -> new Board(provider.id(), rs.getString(1), "user", rs.getTimestamp(2).toInstant()))
                .list()
                .forEach(b -> boards.putIfAbsent(b.token(), b));
        return new ArrayList<>(boards.values());
    }

    public boolean configured(SourceName provider, String token) {
        return configured(provider).contains(token);
    }

    /** Adds a board; {@code false} when it was already on the watchlist. */
    public boolean add(SourceName provider, String token, UUID addedBy) {
        if (configured(provider, token)) {
            return false;
        }
        return jdbc.sql("INSERT INTO source_boards (provider, token, added_by) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(provider.id(), token, addedBy).update() == 1;
    }

    public boolean remove(SourceName provider, String token) {
        return jdbc.sql("DELETE FROM source_boards WHERE provider = ? AND token = ?")
                .params(provider.id(), token).update() == 1;
    }

    public static String normalizeToken(String token) {
        return token == null ? "" : token.strip().toLowerCase(Locale.ROOT);
    }

    private List<String> configured(SourceName provider) {
        SourcesProperties.Board board = switch (provider) {
            case GREENHOUSE -> properties.greenhouse();
            case LEVER -> properties.lever();
            case ASHBY -> properties.ashby();
            default -> null;
        };
        if (board == null) {
            return List.of();
        }
        return board.boards().stream().map(Watchlist::normalizeToken)
                .filter(t -> TOKEN.matcher(t).matches()).distinct().toList();
    }
}
