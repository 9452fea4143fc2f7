package com.careeragent.profile.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.core.io.ClassPathResource;

import com.careeragent.llm.JsonAnswer;
import com.careeragent.llm.JsonPrompt;
import com.careeragent.llm.LanguageModel;
import com.careeragent.llm.LanguageModelException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses CV text with Claude when a model is configured, else (or when the call fails in any way)
 * with the offline parser. Personal contact details are redacted before the call and restored after.
 * The model's redacted answer is cached under the SHA-256 of the text, so the same CV costs one call.
 */
public final class CvParsing {

    private static final Logger log = LoggerFactory.getLogger(CvParsing.class);
    static final String CACHE = "cv_parse";
    private static final int MAX_TOKENS = 8_000;

    private final LanguageModel model;
    private final OfflineCvParser offline;
    private final LlmAnswerReader answers;
    private final Cache cache;
    private final JsonMapper json;
    private final JsonNode schema;
    private final String instructions;

    public CvParsing(LanguageModel model, OfflineCvParser offline, LlmAnswerReader answers, CacheManager caches,
            JsonMapper json) {
        this.model = model;
        this.offline = offline;
        this.answers = answers;
        this.cache = caches.getCache(CACHE);
        this.json = json;
        this.schema = json.readTree(resource("profile/cv-schema.json"));
        this.instructions = resource("profile/cv-prompt.txt");
    }

    public ParseOutcome parse(String text) {
        if (!model.available()) {
            return new ParseOutcome(offline.parse(text), "offline", null, false, null);
        }
        PiiRedactor.Redaction redaction = PiiRedactor.redact(text);
        String key = sha256(text);
        String hit = cache == null ? null : cache.get(key, String.class);
        if (hit != null) {
            return new ParseOutcome(answers.read(json.readTree(hit), redaction), "anthropic", null, true, null);
        }
        try {
            JsonAnswer answer = model.askForJson(new JsonPrompt(LanguageModel.HAIKU, instructions,
                    "CV text:\n\n" + redaction.text(), schema, MAX_TOKENS));
            ParsedCv parsed = answers.read(answer.value(), redaction);
            if (cache != null) {
                cache.put(key, json.writeValueAsString(answer.value()));
            }
            log.info("CV parsed by {}: {} input / {} output tokens, ~${}", answer.usage().model(),
                    answer.usage().inputTokens(), answer.usage().outputTokens(), answer.usage().costUsd());
            return new ParseOutcome(parsed, "anthropic", null, false, answer.usage());
        } catch (LanguageModelException e) {
            log.warn("CV parsing by the model failed ({}), using the offline parser: {}", e.reason(), e.getMessage());
            return new ParseOutcome(offline.parse(text), "offline", e.reason().name().toLowerCase(Locale.ROOT), false, null);
        }
    }

    public static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
