package com.careeragent.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import com.careeragent.support.ApiTest;
import com.careeragent.support.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformApiTest extends ApiTest {

    @Test
    void healthReportsDatabaseAndRedis() {
        Http.Response health = http.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("components").has("db")).isTrue();
        assertThat(health.json().get("components").has("redis")).isTrue();
    }

    @Test
    void unknownApiPathsAreProblemNotFound() {
        Http.Response response = http.get("/api/does-not-exist", signUp());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void protectedApiWithoutTokenIsProblemUnauthorized() {
        Http.Response response = http.get("/api/does-not-exist", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void wrongMethodIsProblemMethodNotAllowed() {
        Http.Response response = http.send(HttpMethod.PUT, "/auth/login", null, "{}", h -> { });
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void unsupportedContentTypeIsProblem415() {
        Http.Response response = http.send(HttpMethod.POST, "/auth/login", null, null,
                h -> h.set("Content-Type", "text/plain"));
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void deepLinksServeTheSinglePageApp() {
        Http.Response page = http.get("/matches/42", null);
        // The SPA is packaged from frontend/dist; a backend-only build has no index.html.
        if (page.status() == 200) {
            assertThat(page.text()).containsIgnoringCase("<html");
        } else {
            assertThat(page.status()).isEqualTo(404);
        }
    }

    @Test
    void swaggerUiAndApiDocsArePublic() {
        assertThat(http.get("/docs", null).status()).isIn(200, 302);
        assertThat(http.get("/v3/api-docs", null).status()).isEqualTo(200);
    }

    /**
     * The front end generates its API types from docs/openapi.json. This test rewrites that file from the
     * live document and fails when it had to change, so a stale contract never goes unnoticed.
     */
    @Test
    void committedOpenApiDocumentMatchesTheLiveOne() throws Exception {
        JsonNode live = http.get("/v3/api-docs", null).json();
        ((tools.jackson.databind.node.ObjectNode) live).remove("servers");
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        String rendered = mapper.writeValueAsString(live) + "\n";
        Path file = Path.of("..", "docs", "openapi.json");
        String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!committed.equals(rendered)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, rendered, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/openapi.json was stale and has been regenerated: commit it").isEqualTo(rendered);
        for (JsonNode path : live.get("paths")) {
            for (JsonNode operation : path) {
                assertThat(operation.has("operationId")).isTrue();
                assertThat(operation.has("summary")).isTrue();
            }
        }
    }
}
