package com.careeragent.support;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A thin HTTP client for tests that never throws on 4xx/5xx: tests assert on what came back. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient client;

    public Http(int port) {
        this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    public Response get(String path, String token) {
        return send(HttpMethod.GET, path, token, null, h -> { });
    }

    public Response post(String path, String token, Object body) {
        return send(HttpMethod.POST, path, token, body, h -> { });
    }

    public Response send(HttpMethod method, String path, String token, Object body, Consumer<HttpHeaders> headers) {
        RestClient.RequestBodySpec spec = client.method(method).uri(path)
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                    headers.accept(h);
                });
        if (body instanceof String raw) {
            spec.contentType(MediaType.APPLICATION_JSON).body(raw);
        } else if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        }
        return spec.exchange((request, response) -> {
            byte[] bytes = response.getBody().readAllBytes();
            return new Response(response.getStatusCode().value(), response.getHeaders(), new String(bytes,
                    java.nio.charset.StandardCharsets.UTF_8));
        });
    }

    public record Response(int status, HttpHeaders headers, String text) {

        public JsonNode json() {
            return JSON.readTree(text.isEmpty() ? "null" : text);
        }

        public String contentType() {
            MediaType type = headers.getContentType();
            return type == null ? null : type.getType() + "/" + type.getSubtype();
        }
    }
}
