package com.careeragent.shared.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the problem+json answers every operation can give, so clients (and the generated front-end
 * types) know the error shape: 400 for operations that take input, 401 for protected ones, 404 for
 * operations on one resource, 429 where a rate limit applies is added by the operation itself.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    static final String SCHEMA = "Problem";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        openApi.getComponents().addSchemas(SCHEMA, problemSchema());
        boolean securedByDefault = openApi.getSecurity() != null && !openApi.getSecurity().isEmpty();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            boolean takesInput = operation.getRequestBody() != null
                    || (operation.getParameters() != null && !operation.getParameters().isEmpty());
            if (takesInput) {
                add(responses, "400", "The request is invalid");
            }
            if (secured(operation, securedByDefault)) {
                add(responses, "401", "A valid bearer token is required");
            }
            if (path.contains("{")) {
                add(responses, "404", "No such resource (or not yours)");
            }
            if (!takesInput && !secured(operation, securedByDefault) && !path.contains("{")) {
                add(responses, "default", "An error, as RFC 9457 problem details");
            }
        }));
    }

    private static boolean secured(Operation operation, boolean securedByDefault) {
        return operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty();
    }

    private static void add(ApiResponses responses, String code, String description) {
        if (responses.containsKey(code)) {
            return;
        }
        responses.addApiResponse(code, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema<?> schema = new ObjectSchema()
                .description("RFC 9457 problem details")
                .properties(Map.of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri-reference")));
        schema.setRequired(List.of("title", "status"));
        return schema;
    }
}
