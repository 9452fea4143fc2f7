package com.careeragent.skills;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The taxonomy read from the classpath and the lookup tables built from it once. */
final class SkillIndex {

    static final String TAXONOMY = "skills/taxonomy.json";
    static final String AMBIGUOUS_FORMS = "skills/ambiguous-forms.json";

    final List<Skill> skills;
    /** Every spelling of every name and alias (see {@link SkillKeys#spellings}) → skill. */
    final Map<String, Skill> bySpelling = new HashMap<>();
    /** Squashed forms ("devops", "nodejs") → skill, for typed names and tags. */
    final Map<String, Skill> bySquashed = new HashMap<>();
    final Map<String, Skill> byLowerName = new HashMap<>();
    final Map<String, Set<String>> related = new HashMap<>();
    final Map<String, AmbiguousForm> ambiguousByKey;
    final AmbiguityRules rules;

    private SkillIndex(List<Skill> skills, AmbiguityRules rules) {
        this.skills = List.copyOf(skills);
        this.rules = rules;
        for (Skill skill : skills) {
            byLowerName.putIfAbsent(skill.name().toLowerCase(Locale.ROOT), skill);
        }
        // Names first, then aliases, then derived spellings: on a clash the more deliberate form wins.
        for (Skill skill : skills) {
            bySpelling.putIfAbsent(SkillKeys.tokenKey(skill.name()), skill);
        }
        for (Skill skill : skills) {
            skill.aliases().forEach(alias -> bySpelling.putIfAbsent(SkillKeys.tokenKey(alias), skill));
        }
        for (Skill skill : skills) {
            for (String form : AmbiguityRules.formsOf(skill)) {
                SkillKeys.spellings(form).forEach(spelling -> bySpelling.putIfAbsent(spelling, skill));
                bySquashed.putIfAbsent(SkillKeys.squash(form), skill);
            }
        }
        for (Skill skill : skills) {
            for (String other : skill.related()) {
                Skill target = byLowerName.get(other.toLowerCase(Locale.ROOT));
                if (target != null && target != skill) {
                    related.computeIfAbsent(skill.name(), k -> new LinkedHashSet<>()).add(target.name());
                    related.computeIfAbsent(target.name(), k -> new LinkedHashSet<>()).add(skill.name());
                }
            }
        }
        related.replaceAll((name, set) -> Collections.unmodifiableSet(set));
        ambiguousByKey = Map.copyOf(rules.byKey(this.skills));
        ambiguousByKey.values().forEach(this::requireKnownForm);
    }

    static SkillIndex loadFromClasspath() {
        // Optional flags may be left out of ambiguous-forms.json.
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        List<Skill> skills = json.readValue(resource(TAXONOMY), new TypeReference<List<Skill>>() { });
        AmbiguityRules rules = json.readValue(resource(AMBIGUOUS_FORMS), AmbiguityRules.class);
        return new SkillIndex(skills, rules);
    }

    /** Extraction table: every spelling → skill, and the rule when that spelling is ambiguous. */
    Map<String, SkillExtractor.Entry> extractionEntries() {
        Map<String, SkillExtractor.Entry> entries = new LinkedHashMap<>();
        for (Skill skill : skills) {
            for (String form : AmbiguityRules.formsOf(skill)) {
                AmbiguousForm rule = ambiguousByKey.get(SkillKeys.tokenKey(form));
                for (String spelling : SkillKeys.spellings(form)) {
                    if (bySpelling.get(spelling) == skill) {
                        entries.putIfAbsent(spelling, new SkillExtractor.Entry(skill, rule));
                    }
                }
            }
        }
        return entries;
    }

    private void requireKnownForm(AmbiguousForm form) {
        Skill skill = byLowerName.get(form.skill().toLowerCase(Locale.ROOT));
        if (skill == null || AmbiguityRules.formsOf(skill).stream().noneMatch(form.form()::equalsIgnoreCase)) {
            throw new IllegalStateException(AMBIGUOUS_FORMS + ": " + form.form() + " is not a form of " + form.skill());
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SkillIndex.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("missing classpath resource " + path));
        }
        return in;
    }
}
