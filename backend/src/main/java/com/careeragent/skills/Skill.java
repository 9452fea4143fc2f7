package com.careeragent.skills;

import java.util.List;

/**
 * One skill of the taxonomy.
 *
 * @param name     canonical spelling, e.g. "Node.js"
 * @param category e.g. "programming-language", "devops", "language" (spoken languages)
 * @param aliases  other spellings that mean this skill, e.g. "nodejs", "node"
 * @param related  canonical names of sibling skills that count partly in matching
 */
public record Skill(String name, String category, List<String> aliases, List<String> related) {

    public Skill {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
    }
}
