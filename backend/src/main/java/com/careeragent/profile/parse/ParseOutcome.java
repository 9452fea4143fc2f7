package com.careeragent.profile.parse;

import com.careeragent.llm.Usage;

/**
 * A parsed CV and how it was produced.
 *
 * @param parser         {@code anthropic} or {@code offline}
 * @param fallbackReason why the offline parser was used although a model is configured
 *                       ({@code timeout}, {@code overloaded}, {@code invalid_answer}, {@code failed}), else null
 * @param cached         the model's answer came from the {@code cv_parse} cache (no upstream call)
 * @param usage          tokens and cost of the model call; null when no call was made
 */
public record ParseOutcome(ParsedCv parsed, String parser, String fallbackReason, boolean cached, Usage usage) {
}
