package com.careeragent.matching.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

import com.careeragent.shared.web.ApiProblem;

/**
 * A validated PATCH: which fields were sent and their values. A field left out stays unchanged; notes and
 * nextActionAt sent as null are cleared.
 */
record MatchUpdate(MatchStatus status, boolean notesSet, String notes, boolean nextActionSet, Instant nextActionAt) {

    static final int MAX_NOTES = 10_000;

    static MatchUpdate from(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("Send a JSON object with status, notes and/or nextActionAt.");
        }
        MatchStatus status = null;
        if (body.has("status")) {
            JsonNode value = body.get("status");
            if (!value.isString()) {
                throw ApiProblem.badRequest("status must be one of " + allowed() + ".");
            }
            status = MatchStatus.parse(value.asString()).orElseThrow(() -> ApiProblem.badRequest(
                    "Unknown status '" + value.asString() + "'; use one of " + allowed() + "."));
        }
        String notes = null;
        if (body.has("notes") && !body.get("notes").isNull()) {
            if (!body.get("notes").isString() || body.get("notes").asString().length() > MAX_NOTES) {
                throw ApiProblem.badRequest("notes must be text of at most " + MAX_NOTES + " characters.");
            }
            notes = body.get("notes").asString();
        }
        Instant next = null;
        if (body.has("nextActionAt") && !body.get("nextActionAt").isNull()) {
            next = instant(body.get("nextActionAt"));
        }
        return new MatchUpdate(status, body.has("notes"), notes, body.has("nextActionAt"), next);
    }

    private static Instant instant(JsonNode value) {
        String text = value.isString() ? value.asString() : "";
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notDate) {
                throw ApiProblem.badRequest("nextActionAt must be an ISO-8601 date-time such as "
                        + "2025-09-01T09:00:00Z, or a date such as 2025-09-01.");
            }
        }
    }

    private static String allowed() {
        return String.join(", ", java.util.Arrays.stream(MatchStatus.values()).map(MatchStatus::value).toList());
    }
}
