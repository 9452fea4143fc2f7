package com.careeragent.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careeragent.support.ApiTest;
import com.careeragent.support.FakeAnthropic;
import com.careeragent.support.Http;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** CV parsing with a configured key, against a local fake of the Messages API. */
class CvParsingWithClaudeApiTest extends ApiTest {

    private static final FakeAnthropic fake = new FakeAnthropic();

    @DynamicPropertySource
    static void anthropic(DynamicPropertyRegistry registry) {
        registry.add("career-agent.llm.anthropic-api-key", () -> "sk-ant-test-key");
        registry.add("career-agent.llm.anthropic-base-url", fake::baseUrl);
        registry.add("career-agent.llm.timeout", () -> "2s");
        registry.add("career-agent.llm.max-retries", () -> "1");
    }

    private static final String ANSWER = """
            {"name":"Ada Lovelace","headline":"Senior Software Engineer","email":"[EMAIL_1]","phone":"[PHONE_1]",
             "location":"London, UK","yearsExperience":8,"seniority":"senior",
             "summary":"Backend engineer with 8 years of experience building data-heavy services.",
             "experience":[{"employer":"Babbage Engines Ltd","title":"Senior Software Engineer","location":null,
               "start":"2019","end":null,"current":true,"highlights":["Built Java and Spring Boot services running on Kubernetes."]}],
             "education":[{"institution":"University of London","degree":"BSc Mathematics","start":null,"end":"2015"}],
             "languages":[{"name":"English","level":"native"}],"links":[],
             "skills":[{"name":"java","level":null,"years":null,"evidence":"Java, Spring Boot, Kubernetes"},
                       {"name":"Punch Card Design","level":"expert","years":null,"evidence":"Punch Card Design"}]}
            """;

    private CvUploadClient uploads;

    @BeforeEach
    void reset() {
        fake.reset();
        uploads = new CvUploadClient(port);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    /** The Ada CV with a unique line, so that no other test's cached answer applies. */
    private static byte[] freshCv() throws IOException {
        return (new String(ProfileApiTest.adaCv(), StandardCharsets.UTF_8) + "\nReference " + UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void claudeParsesARedactedCvAndTheSameCvTwiceCostsOneCall() throws IOException {
        fake.enqueue(FakeAnthropic.message(ANSWER));
        String token = signUp();
        byte[] cv = freshCv();

        Http.Response first = uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", cv);

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        JsonNode body = first.json();
        assertThat(body.get("parser").asString()).isEqualTo("anthropic");
        assertThat(body.get("cached").asBoolean()).isFalse();
        assertThat(body.get("parsed").get("email").asString()).isEqualTo("ada.lovelace@example.org");
        assertThat(body.get("profile").get("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(body.get("parsed").get("skills").get(0).get("name").asString()).isEqualTo("Java");
        assertThat(body.get("parsed").get("skills").get(1).get("custom").asBoolean()).isTrue();
        assertThat(fake.requests()).hasSize(1);
        JsonNode request = fake.requests().getFirst().json();
        assertThat(request.get("model").asString()).isEqualTo("claude-haiku-4-5");
        assertThat(request.get("output_config").get("format").get("type").asString()).isEqualTo("json_schema");
        assertThat(request.get("output_config").get("format").get("schema").get("required").toString())
                .contains("experience", "skills");
        String sent = fake.requests().getFirst().body();
        assertThat(sent).doesNotContain("ada.lovelace@example.org", "7946", "12 Analytical Street")
                .contains("[EMAIL_1]", "[PHONE_1]", "[ADDRESS_1]", "Babbage Engines");

        Http.Response second = uploads.upload(token, CvUploadClient.randomIp(), "ada.txt", cv);

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("parser").asString()).isEqualTo("anthropic");
        assertThat(second.json().get("cached").asBoolean()).isTrue();
        assertThat(second.json().get("parsed").get("email").asString()).isEqualTo("ada.lovelace@example.org");
        assertThat(fake.requests()).as("no upstream call for the same CV").hasSize(1);
    }

    @Test
    void aTimeoutFallsBackToTheOfflineParser() throws IOException {
        fake.otherwise(FakeAnthropic.slow(FakeAnthropic.message(ANSWER), Duration.ofSeconds(5)));

        Http.Response response = uploads.upload(signUp(), CvUploadClient.randomIp(), "ada.txt", freshCv());

        assertThat(response.status()).as(response.text()).isEqualTo(201);
        assertThat(response.json().get("parser").asString()).isEqualTo("offline");
        assertThat(response.json().get("fallbackReason").asString()).isEqualTo("timeout");
        assertThat(response.json().get("parsed").get("name").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void anOverloadedApiIsRetriedThenFallsBackToTheOfflineParser() throws IOException {
        fake.otherwise(FakeAnthropic.overloaded());

        Http.Response response = uploads.upload(signUp(), CvUploadClient.randomIp(), "ada.txt", freshCv());

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("parser").asString()).isEqualTo("offline");
        assertThat(response.json().get("fallbackReason").asString()).isEqualTo("overloaded");
        assertThat(fake.requests()).as("first call and one retry").hasSize(2);
    }

    @Test
    void anAnswerOutsideTheSchemaFallsBackToTheOfflineParser() throws IOException {
        fake.enqueue(FakeAnthropic.message("{\"name\":\"John Doe\"}"));

        Http.Response response = uploads.upload(signUp(), CvUploadClient.randomIp(), "ada.txt", freshCv());

        assertThat(response.json().get("parser").asString()).isEqualTo("offline");
        assertThat(response.json().get("fallbackReason").asString()).isEqualTo("invalid_answer");
        assertThat(response.json().get("parsed").get("name").asString()).isEqualTo("Ada Lovelace");
    }
}
