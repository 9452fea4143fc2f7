package com.careeragent.matching.tracking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.auth.UserId;
import com.careeragent.llm.LanguageModel;
import com.careeragent.llm.LanguageModelException;
import com.careeragent.llm.TextPrompt;
import com.careeragent.shared.ratelimit.RateLimiter;
import com.careeragent.shared.web.ApiProblem;

/**
 * Explains one match in prose from its factor evidence, with Claude Sonnet when a model is configured and
 * offline otherwise. The text is stored with the match and reused until the match's score or evidence
 * changes. It never changes the score.
 */
@Component
class MatchAnalyst {

    private static final Logger log = LoggerFactory.getLogger(MatchAnalyst.class);
    private static final RateLimiter.Limit MODEL_CALLS = new RateLimiter.Limit("match-analysis", 20, Duration.ofHours(1));
    private static final int MAX_TOKENS = 700;

    private final MatchBoard board;
    private final LanguageModel model;
    private final RateLimiter limiter;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    MatchAnalyst(MatchBoard board, LanguageModel model, RateLimiter limiter, JdbcClient jdbc, JsonMapper json) {
        this.board = board;
        this.model = model;
        this.limiter = limiter;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    MatchViews.Analysis analyse(UserId user, String id) {
        MatchViews.Match match = board.get(user, id);
        String basis = basis(match);
        MatchViews.Analysis cached = cached(match.id(), basis);
        if (cached != null) {
            return cached;
        }
        MatchViews.Analysis analysis = model.available() ? withModel(user, match) : offline(match, null);
        store(match.id(), basis, analysis);
        return analysis;
    }

    private MatchViews.Analysis withModel(UserId user, MatchViews.Match match) {
        RateLimiter.Decision decision = limiter.consume("match-analysis:" + user.value(), MODEL_CALLS);
        if (!decision.allowed()) {
            throw ApiProblem.tooManyRequests("At most %d analyses an hour; try again later."
                    .formatted(MODEL_CALLS.capacity()), decision.retryAfterSeconds());
        }
        try {
            String text = model.askForText(new TextPrompt(LanguageModel.SONNET, AnalysisPrompt.SYSTEM,
                    AnalysisPrompt.of(match), MAX_TOKENS)).text().strip();
            return new MatchViews.Analysis(match.id(), match.score(), text, "claude", LanguageModel.SONNET, false,
                    clock.instant(), null);
        } catch (LanguageModelException e) {
            log.warn("Match analysis by the model failed ({}); writing it offline", e.reason());
            return offline(match, "The language model was not available (" + e.reason().name().toLowerCase() + ").");
        }
    }

    private MatchViews.Analysis offline(MatchViews.Match match, String note) {
        return new MatchViews.Analysis(match.id(), match.score(), OfflineAnalysis.of(match), "offline", null, false,
                clock.instant(), note);
    }

    private MatchViews.Analysis cached(String matchId, String basis) {
        String stored = jdbc.sql("SELECT analysis::text FROM matches WHERE id = ?").param(UUID.fromString(matchId))
                .query(String.class).optional().orElse(null);
        if (stored == null) {
            return null;
        }
        JsonNode node = json.readTree(stored);
        if (!basis.equals(node.path("basis").asString(""))) {
            return null;
        }
        return new MatchViews.Analysis(matchId, node.path("score").asDouble(), node.path("text").asString(),
                node.path("source").asString(), node.path("model").isNull() ? null : node.path("model").asString(null), true,
                Instant.parse(node.path("createdAt").asString()), node.path("note").isNull() ? null
                        : node.path("note").asString(null));
    }

    private void store(String matchId, String basis, MatchViews.Analysis analysis) {
        var node = json.createObjectNode().put("basis", basis).put("score", analysis.score()).put("text", analysis.text())
                .put("source", analysis.source()).put("model", analysis.model())
                .put("createdAt", analysis.createdAt().toString()).put("note", analysis.note());
        jdbc.sql("UPDATE matches SET analysis = ?::jsonb WHERE id = ?").params(json.writeValueAsString(node),
                UUID.fromString(matchId)).update();
    }

    /** What the analysis was written from: it is stale once the score or any evidence changed. */
    private String basis(MatchViews.Match match) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((match.score() + "|"
                    + json.writeValueAsString(match.factors())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
