package com.careeragent.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of resources/skills/ambiguous-forms.json: named contexts, rules for every form of a
 * category (spoken languages need "fluent", "native", ... nearby) and rules for single forms.
 */
record AmbiguityRules(Map<String, AmbiguousForm.Context> contexts, List<CategoryRule> categoryRules,
                      List<AmbiguousForm> forms) {

    record CategoryRule(String category, String context) {
    }

    AmbiguityRules {
        contexts = contexts == null ? Map.of() : Map.copyOf(contexts);
        categoryRules = categoryRules == null ? List.of() : List.copyOf(categoryRules);
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    /** Every ambiguous form by its token key, with the category rules spelled out per form. */
    Map<String, AmbiguousForm> byKey(List<Skill> skills) {
        Map<String, AmbiguousForm> byKey = new HashMap<>();
        for (CategoryRule rule : categoryRules) {
            requireContext(rule.context());
            for (Skill skill : skills) {
                if (skill.category().equals(rule.category())) {
                    for (String form : formsOf(skill)) {
                        byKey.put(SkillKeys.tokenKey(form), new AmbiguousForm(form, skill.name(), List.of(),
                                rule.context(), null, null, false, false));
                    }
                }
            }
        }
        for (AmbiguousForm form : forms) {
            if (form.context() != null) {
                requireContext(form.context());
            }
            byKey.put(SkillKeys.tokenKey(form.form()), form);
        }
        return byKey;
    }

    AmbiguousForm.Context context(String name) {
        return contexts.get(name);
    }

    static List<String> formsOf(Skill skill) {
        List<String> forms = new ArrayList<>(skill.aliases().size() + 1);
        forms.add(skill.name());
        forms.addAll(skill.aliases());
        return forms;
    }

    private void requireContext(String name) {
        if (!contexts.containsKey(name)) {
            throw new IllegalStateException("ambiguous-forms.json: unknown context " + name);
        }
    }
}
