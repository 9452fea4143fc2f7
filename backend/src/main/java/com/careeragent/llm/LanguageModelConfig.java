package com.careeragent.llm;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Claude when a key is configured, otherwise a model that is plainly unavailable. */
@Configuration(proxyBeanMethods = false)
class LanguageModelConfig {

    @Bean
    LanguageModel languageModel(LlmProperties properties, JsonMapper json) {
        if (!properties.anthropicConfigured()) {
            return new UnavailableLanguageModel();
        }
        AnthropicOkHttpClient.Builder client = AnthropicOkHttpClient.builder()
                .apiKey(properties.anthropicApiKey())
                .timeout(properties.timeout())
                .maxRetries(properties.maxRetries());
        if (properties.anthropicBaseUrl() != null && !properties.anthropicBaseUrl().isBlank()) {
            client.baseUrl(properties.anthropicBaseUrl());
        }
        AnthropicClient anthropic = client.build();
        return new ClaudeLanguageModel(anthropic, new JsonSchemaCheck(json), json);
    }
}
