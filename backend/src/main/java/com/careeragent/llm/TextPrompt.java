package com.careeragent.llm;

import java.util.Objects;

/** A request for a free-text answer (a cover letter, an explanation). */
public record TextPrompt(String model, String system, String user, int maxTokens) {

    public TextPrompt {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(user, "user");
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }
}
