package com.careeragent.llm;

/**
 * A large language model. Callers write the prompt, pick the model and, for JSON answers, the schema the
 * answer must satisfy; an answer that fails the schema is a failure like a timeout. Every failure is a
 * {@link LanguageModelException}, so callers can fall back to an offline path with one catch.
 */
public interface LanguageModel {

    /** The fast, cheap model (CV parsing). */
    String HAIKU = "claude-haiku-4-5";

    /** The stronger model (letters, match analysis). */
    String SONNET = "claude-sonnet-4-5";

    /** False when no provider is configured: every call would throw {@link LanguageModelException}. */
    boolean available();

    /** Asks for a JSON answer that satisfies {@code prompt.schema()}. */
    JsonAnswer askForJson(JsonPrompt prompt);

    /** Asks for free text. */
    TextAnswer askForText(TextPrompt prompt);
}
