package com.careeragent.llm;

import java.math.BigDecimal;

/**
 * What one call consumed.
 *
 * @param costUsd estimated list-price cost, or {@code null} for a model without a known price
 */
public record Usage(String model, long inputTokens, long outputTokens, BigDecimal costUsd) {
}
