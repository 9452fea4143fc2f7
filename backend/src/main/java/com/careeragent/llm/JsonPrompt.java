package com.careeragent.llm;

import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * A request for a structured answer.
 *
 * @param model     model id, e.g. {@link LanguageModel#HAIKU}
 * @param system    instructions
 * @param user      the material to work on (already stripped of anything that must not leave the machine)
 * @param schema    JSON Schema (draft 2020-12) the answer must satisfy; every object should say
 *                  {@code "additionalProperties": false} so the provider can enforce it natively
 * @param maxTokens upper bound for the answer's length
 */
public record JsonPrompt(String model, String system, String user, JsonNode schema, int maxTokens) {

    public JsonPrompt {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(schema, "schema");
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }
}
