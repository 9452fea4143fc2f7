package com.careeragent.llm;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses a model's answer and holds it to the caller's JSON Schema (draft 2020-12). */
final class JsonSchemaCheck {

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<JsonNode, Schema> compiled = new ConcurrentHashMap<>();
    private final JsonMapper json;

    JsonSchemaCheck(JsonMapper json) {
        this.json = json;
    }

    /** The parsed answer, or an {@code INVALID_ANSWER} failure naming the first problems. */
    JsonNode parseValid(String answer, JsonNode schema) {
        JsonNode value;
        try {
            value = json.readTree(answer);
        } catch (JacksonException e) {
            throw invalid("The answer is not JSON.", e);
        }
        if (value == null || value.isMissingNode()) {
            throw invalid("The answer is empty.", null);
        }
        List<Error> errors = compiled.computeIfAbsent(schema, registry::getSchema).validate(value);
        if (!errors.isEmpty()) {
            String first = errors.stream().limit(3).map(Error::toString).reduce((a, b) -> a + "; " + b).orElseThrow();
            throw invalid("The answer does not match the schema: " + first, null);
        }
        return value;
    }

    private static LanguageModelException invalid(String message, Throwable cause) {
        return new LanguageModelException(LanguageModelException.Reason.INVALID_ANSWER, message, cause);
    }
}
