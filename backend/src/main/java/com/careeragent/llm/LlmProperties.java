package com.careeragent.llm;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How to reach the model provider.
 *
 * @param anthropicApiKey  {@code ANTHROPIC_API_KEY}; blank means no provider (offline paths only)
 * @param anthropicBaseUrl {@code ANTHROPIC_BASE_URL}; blank means the SDK's default endpoint
 * @param timeout          limit for one HTTP call
 * @param maxRetries       retries of 408/409/429/5xx (529 included) and timeouts, done by the SDK with
 *                         exponential backoff that honours {@code retry-after}
 */
@ConfigurationProperties("career-agent.llm")
record LlmProperties(
        String anthropicApiKey,
        String anthropicBaseUrl,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2") int maxRetries) {

    boolean anthropicConfigured() {
        return anthropicApiKey != null && !anthropicApiKey.isBlank();
    }
}
