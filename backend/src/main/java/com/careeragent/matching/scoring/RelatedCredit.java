package com.careeragent.matching.scoring;

import java.util.Set;

/**
 * Which related skills count partly. A framework implies its language (React → JavaScript, Django →
 * Python) and sibling tools imply each other (PostgreSQL ↔ SQL), but a language does not imply the
 * frameworks built on it: knowing JavaScript says nothing about React, TypeScript nothing about Angular,
 * Python nothing about Django. The taxonomy's related links go both ways; this keeps the direction.
 */
final class RelatedCredit {

    private static final String LANGUAGE = "programming-language";
    private static final Set<String> FRAMEWORKS = Set.of("frontend", "backend", "mobile", "ml-ai", "data", "testing");

    private RelatedCredit() {
    }

    /** Whether having the profile skill {@code own} earns partial credit for the posting's {@code wanted}. */
    static boolean counts(SkillDictionary skills, int own, int wanted) {
        String wantedCategory = skills.category(wanted);
        return !(LANGUAGE.equals(skills.category(own)) && wantedCategory != null && FRAMEWORKS.contains(wantedCategory));
    }
}
