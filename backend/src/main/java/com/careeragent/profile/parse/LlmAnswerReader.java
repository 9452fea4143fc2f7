package com.careeragent.profile.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careeragent.profile.parse.ParsedCv.SkillMention;
import com.careeragent.skills.SkillTaxonomy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Turns the model's schema-valid answer into a {@link ParsedCv}: placeholders go back to the real
 * contact details, blank strings become null, and skill names are mapped onto the taxonomy (names it
 * does not know are kept, marked custom).
 */
public final class LlmAnswerReader {

    private final SkillTaxonomy taxonomy;
    private final JsonMapper json;

    public LlmAnswerReader(SkillTaxonomy taxonomy, JsonMapper json) {
        this.taxonomy = taxonomy;
        this.json = json;
    }

    ParsedCv read(JsonNode answer, PiiRedactor.Redaction redaction) {
        JsonNode restored = restore(answer.deepCopy(), redaction);
        // the model is not asked whether a skill is custom: the taxonomy decides that below
        restored.path("skills").forEach(skill -> ((ObjectNode) skill).put("custom", false));
        ParsedCv cv = json.treeToValue(restored, ParsedCv.class);
        Map<String, SkillMention> skills = new java.util.LinkedHashMap<>();
        for (SkillMention s : cv.skills()) {
            String canonical = taxonomy.canonical(s.name()).orElse(null);
            String name = canonical != null ? canonical : s.name().strip();
            if (!name.isEmpty()) {
                skills.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
                        new SkillMention(name, s.level(), s.years(), s.evidence(), canonical == null));
            }
        }
        return new ParsedCv(cv.name(), cv.headline(), cv.email(), cv.phone(), cv.location(), cv.yearsExperience(),
                cv.seniority(), cv.summary(), cv.experience(), cv.education(), cv.languages(), cv.links(),
                new ArrayList<>(skills.values()));
    }

    private static JsonNode restore(JsonNode node, PiiRedactor.Redaction redaction) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>(object.propertyNames());
            for (String name : names) {
                JsonNode child = object.get(name);
                if (child.isString()) {
                    String value = redaction.restore(child.asString()).strip();
                    object.set(name, value.isEmpty() ? object.nullNode() : StringNode.valueOf(value));
                } else {
                    restore(child, redaction);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonNode child = node.get(i);
                if (child.isString()) {
                    ((tools.jackson.databind.node.ArrayNode) node).set(i, StringNode.valueOf(redaction.restore(child.asString())));
                } else {
                    restore(child, redaction);
                }
            }
        }
        return node;
    }
}
