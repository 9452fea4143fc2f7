package com.careeragent.skills;

import java.util.List;
import java.util.Set;

/**
 * A spelling of a skill that is also an everyday word ("Go", "R", "Spring", "Excel", "German") and
 * so only counts in free text when its case and its neighbours say it is the skill. Lookups of typed
 * names and tags ignore these rules: there "go" is the language.
 *
 * @param form                   the name or alias this rule is for
 * @param skill                  the skill's canonical name
 * @param cases                  exact spellings accepted in text; empty = any case
 * @param context                name of a {@link Context} that must be near; null = none needed
 * @param notBefore              the form is not the skill when the next word is one of these ("go to")
 * @param notAfter               ... or when the previous word is one of these ("last spring")
 * @param notBeforeNumber        ... or when a number follows ("Spring 2026", "CAD 215000")
 * @param strictAtSentenceStart  at the start of a sentence a list separator or context word must follow
 */
record AmbiguousForm(String form, String skill, List<String> cases, String context, Set<String> notBefore,
                     Set<String> notAfter, boolean notBeforeNumber, boolean strictAtSentenceStart) {

    AmbiguousForm {
        cases = cases == null ? List.of() : List.copyOf(cases);
        notBefore = notBefore == null ? Set.of() : Set.copyOf(notBefore);
        notAfter = notAfter == null ? Set.of() : Set.copyOf(notAfter);
    }

    /**
     * Which neighbours make an ambiguous form the skill.
     *
     * @param categories categories of other skills found nearby that count
     * @param window     how many tokens away such a skill may be (same sentence)
     * @param words      words that count when at most {@code wordWindow} tokens away
     */
    record Context(Set<String> categories, int window, Set<String> words, int wordWindow) {

        Context {
            categories = categories == null ? Set.of() : Set.copyOf(categories);
            words = words == null ? Set.of() : Set.copyOf(words);
        }
    }
}
