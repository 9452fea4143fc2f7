package com.careeragent.llm;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careeragent.support.FakeAnthropic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Claude adapter against a local fake of the Messages API. */
class ClaudeLanguageModelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final FakeAnthropic fake = new FakeAnthropic();
    private static final JsonNode SCHEMA = JSON.readTree("""
            {"type":"object","additionalProperties":false,"required":["name"],
             "properties":{"name":{"type":["string","null"]},"years":{"type":["number","null"]}}}""");

    private final LanguageModel model = new LanguageModelConfig().languageModel(
            new LlmProperties("sk-ant-test-key", fake.baseUrl(), Duration.ofSeconds(1), 1), JSON);

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void sendsModelSchemaAndKeyAndReturnsTheValidatedAnswerWithItsCost() {
        fake.enqueue(FakeAnthropic.message("{\"name\":\"Ada\",\"years\":7}"));

        JsonAnswer answer = model.askForJson(new JsonPrompt(LanguageModel.HAIKU, "Extract.", "Ada, 7 years", SCHEMA, 512));

        assertThat(answer.value().get("name").asString()).isEqualTo("Ada");
        assertThat(answer.usage().inputTokens()).isEqualTo(2095);
        assertThat(answer.usage().costUsd()).isEqualByComparingTo("0.004610");
        FakeAnthropic.Request request = fake.requests().getFirst();
        JsonNode body = request.json();
        assertThat(body.get("model").asString()).isEqualTo("claude-haiku-4-5");
        assertThat(body.get("max_tokens").asInt()).isEqualTo(512);
        assertThat(body.get("output_config").get("format").get("type").asString()).isEqualTo("json_schema");
        assertThat(body.get("output_config").get("format").get("schema")).isEqualTo(SCHEMA);
        assertThat(body.get("messages").get(0).get("content").toString()).contains("Ada, 7 years");
        // SDK 3.14.0 sends "Authorization: Bearer <key>"; older ones sent x-api-key: accept either
        String key = request.header("x-api-key") != null ? request.header("x-api-key") : request.header("authorization");
        assertThat(key).endsWith("sk-ant-test-key");
    }

    @Test
    void anotherCallerMayPickAnotherModel() {
        fake.enqueue(FakeAnthropic.message("Dear hiring team"));

        TextAnswer answer = model.askForText(new TextPrompt(LanguageModel.SONNET, null, "Write", 256));

        assertThat(answer.text()).isEqualTo("Dear hiring team");
        assertThat(fake.requests().getFirst().json().get("model").asString()).isEqualTo("claude-sonnet-4-5");
        assertThat(answer.usage().costUsd()).isEqualByComparingTo("0.013830");
    }

    @Test
    void anAnswerThatBreaksTheSchemaIsAFailure() {
        fake.enqueue(FakeAnthropic.message("{\"name\":\"Ada\",\"invented\":true}"));

        assertThatThrownBy(() -> model.askForJson(new JsonPrompt(LanguageModel.HAIKU, null, "x", SCHEMA, 64)))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.reason()).isEqualTo(LanguageModelException.Reason.INVALID_ANSWER));
    }

    @Test
    void anAnswerCutOffByMaxTokensIsAFailure() {
        fake.enqueue(FakeAnthropic.message("{\"name\":\"Ad", "max_tokens"));

        assertThatThrownBy(() -> model.askForJson(new JsonPrompt(LanguageModel.HAIKU, null, "x", SCHEMA, 64)))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.reason()).isEqualTo(LanguageModelException.Reason.INVALID_ANSWER));
    }

    @Test
    void overloadedAndRateLimitedAnswersAreRetried() {
        fake.enqueue(FakeAnthropic.overloaded(), FakeAnthropic.message("{\"name\":null}"));

        JsonAnswer answer = model.askForJson(new JsonPrompt(LanguageModel.HAIKU, null, "x", SCHEMA, 64));

        assertThat(answer.value().get("name").isNull()).isTrue();
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void persistentOverloadFailsAfterTheRetries() {
        fake.otherwise(FakeAnthropic.rateLimited());

        assertThatThrownBy(() -> model.askForJson(new JsonPrompt(LanguageModel.HAIKU, null, "x", SCHEMA, 64)))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.reason()).isEqualTo(LanguageModelException.Reason.OVERLOADED));
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void aSlowAnswerTimesOut() {
        fake.otherwise(FakeAnthropic.slow(FakeAnthropic.message("{\"name\":null}"), Duration.ofSeconds(3)));

        assertThatThrownBy(() -> model.askForJson(new JsonPrompt(LanguageModel.HAIKU, null, "x", SCHEMA, 64)))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.reason()).isEqualTo(LanguageModelException.Reason.TIMEOUT));
    }

    @Test
    void withoutAKeyTheModelIsUnavailable() {
        LanguageModel none = new LanguageModelConfig().languageModel(
                new LlmProperties("", null, Duration.ofSeconds(30), 2), JSON);

        assertThat(none.available()).isFalse();
        assertThatThrownBy(() -> none.askForText(new TextPrompt(LanguageModel.HAIKU, null, "x", 10)))
                .isInstanceOfSatisfying(LanguageModelException.class,
                        e -> assertThat(e.reason()).isEqualTo(LanguageModelException.Reason.UNAVAILABLE));
    }
}
