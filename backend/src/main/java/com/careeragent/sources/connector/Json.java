package com.careeragent.sources.connector;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.careeragent.sources.http.FetchFailure;

/** Defensive reading of the sources' JSON: wrong types and missing fields become {@code null}, never errors. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    /** Parses a feed; an HTML page (Cloudflare challenge, error page) or broken JSON is a failure, not zero jobs. */
    static JsonNode parse(byte[] body) throws FetchFailure {
        String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (start.isEmpty()) {
            throw new FetchFailure("empty response where JSON was expected");
        }
        if (start.startsWith("<")) {
            boolean challenge = start.toLowerCase().contains("cloudflare") || start.toLowerCase().contains("challenge");
            throw new FetchFailure("expected JSON but received an HTML page" + (challenge ? " (a Cloudflare challenge)" : ""));
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new FetchFailure("response is not valid JSON (truncated or malformed): " + e.getOriginalMessage());
        }
    }

    /** An id may be a string or a number; anything else means "no id". */
    static String id(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isString() && !node.asString().isBlank()) {
            return node.asString().strip();
        }
        return null;
    }

    static String text(JsonNode node) {
        if (node == null || !(node.isString() || node.isNumber())) {
            return null;
        }
        return node.asString();
    }

    static Number number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            String digits = node.asString().replaceAll("[,\\s]", "");
            try {
                return digits.isEmpty() ? null : new BigDecimal(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Boolean bool(JsonNode node) {
        return node != null && node.isBoolean() ? node.asBoolean() : null;
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode element : array) {
                String value = text(element);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** ISO-8601 with or without offset (naive times are UTC), epoch seconds or epoch milliseconds. */
    static Instant instant(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber() || (node.isString() && node.asString().matches("\\d{9,13}"))) {
            long value = node.isNumber() ? node.asLong() : Long.parseLong(node.asString());
            return value > 100_000_000_000L ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        }
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                return null;
            }
        }
    }
}
