package com.careeragent.llm;

/** Stands in when no provider is configured, so callers take their offline path. */
final class UnavailableLanguageModel implements LanguageModel {

    @Override
    public boolean available() {
        return false;
    }

    @Override
    public JsonAnswer askForJson(JsonPrompt prompt) {
        throw unavailable();
    }

    @Override
    public TextAnswer askForText(TextPrompt prompt) {
        throw unavailable();
    }

    private static LanguageModelException unavailable() {
        return new LanguageModelException(LanguageModelException.Reason.UNAVAILABLE,
                "No language model is configured (set ANTHROPIC_API_KEY).");
    }
}
