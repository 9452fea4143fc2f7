package com.careeragent.llm;

import tools.jackson.databind.JsonNode;

/** A structured answer that has passed schema validation. */
public record JsonAnswer(JsonNode value, Usage usage) {
}
