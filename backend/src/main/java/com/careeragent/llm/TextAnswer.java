package com.careeragent.llm;

/** A free-text answer. */
public record TextAnswer(String text, Usage usage) {
}
