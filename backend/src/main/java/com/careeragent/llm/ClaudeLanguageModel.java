package com.careeragent.llm;

import java.io.InterruptedIOException;
import java.util.Map;
import java.util.stream.Collectors;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.JsonOutputFormat;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.OutputConfig;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.TextBlock;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claude through the official SDK. JSON answers use the Messages API's native structured output
 * ({@code output_config.format = json_schema}) and are validated here again, because an answer cut off
 * by {@code max_tokens} or refused is not guaranteed to match. Retries (429, 529, other 5xx, timeouts)
 * are the SDK's own, with backoff.
 */
final class ClaudeLanguageModel implements LanguageModel {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final AnthropicClient client;
    private final JsonSchemaCheck schemas;
    private final JsonMapper json;

    ClaudeLanguageModel(AnthropicClient client, JsonSchemaCheck schemas, JsonMapper json) {
        this.client = client;
        this.schemas = schemas;
        this.json = json;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public JsonAnswer askForJson(JsonPrompt prompt) {
        MessageCreateParams.Builder params = base(prompt.model(), prompt.system(), prompt.user(), prompt.maxTokens())
                .outputConfig(OutputConfig.builder()
                        .format(JsonOutputFormat.builder().schema(sdkSchema(prompt.schema())).build())
                        .build());
        Message message = call(params.build());
        JsonNode value = schemas.parseValid(text(message), prompt.schema());
        return new JsonAnswer(value, usage(prompt.model(), message));
    }

    @Override
    public TextAnswer askForText(TextPrompt prompt) {
        Message message = call(base(prompt.model(), prompt.system(), prompt.user(), prompt.maxTokens()).build());
        return new TextAnswer(text(message), usage(prompt.model(), message));
    }

    private static MessageCreateParams.Builder base(String model, String system, String user, int maxTokens) {
        MessageCreateParams.Builder params = MessageCreateParams.builder()
                .model(model)
                .maxTokens(maxTokens)
                .addUserMessage(user);
        if (system != null && !system.isBlank()) {
            params.system(system);
        }
        return params;
    }

    private JsonOutputFormat.Schema sdkSchema(JsonNode schema) {
        Map<String, Object> members = json.convertValue(schema, OBJECT);
        return JsonOutputFormat.Schema.builder()
                .putAllAdditionalProperties(members.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> JsonValue.from(e.getValue()))))
                .build();
    }

    private Message call(MessageCreateParams params) {
        try {
            return client.messages().create(params);
        } catch (AnthropicServiceException e) {
            int status = e.statusCode();
            LanguageModelException.Reason reason = status == 429 || status == 529 || status == 503
                    ? LanguageModelException.Reason.OVERLOADED
                    : status == 408 || status == 504 ? LanguageModelException.Reason.TIMEOUT
                    : LanguageModelException.Reason.FAILED;
            throw new LanguageModelException(reason, "Anthropic answered " + status, e);
        } catch (AnthropicIoException e) {
            boolean timedOut = causedBy(e, InterruptedIOException.class);
            throw new LanguageModelException(timedOut ? LanguageModelException.Reason.TIMEOUT
                    : LanguageModelException.Reason.FAILED, "Anthropic could not be reached: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new LanguageModelException(LanguageModelException.Reason.FAILED, "Anthropic call failed", e);
        }
    }

    private static String text(Message message) {
        StopReason stop = message.stopReason().orElse(null);
        if (StopReason.MAX_TOKENS.equals(stop) || StopReason.REFUSAL.equals(stop)) {
            throw new LanguageModelException(LanguageModelException.Reason.INVALID_ANSWER,
                    "The answer stopped early (" + stop + ").");
        }
        return message.content().stream()
                .map(ContentBlock::text)
                .flatMap(java.util.Optional::stream)
                .map(TextBlock::text)
                .collect(Collectors.joining());
    }

    private static Usage usage(String model, Message message) {
        return ModelPrices.usage(model, message.usage().inputTokens(), message.usage().outputTokens());
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
