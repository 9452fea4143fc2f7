package com.careeragent.matching.scoring;

import java.util.List;
import java.util.Map;

/**
 * What a posting asks for, read from its text: skills it requires, skills it only calls nice to have,
 * spoken languages it requires, the minimum years of experience it states (null when none), and how
 * prominent each of its skills is ({@code salience}: how often the posting names it, more when its title does).
 */
public record JobRequirements(List<String> required, List<String> preferred, List<String> languages,
        Integer minYears, Map<String, Integer> salience) {

    public JobRequirements {
        required = List.copyOf(required);
        preferred = List.copyOf(preferred);
        languages = List.copyOf(languages);
        salience = Map.copyOf(salience);
    }

    /** How prominent a skill is in the posting: at least 1 for every skill it names or is tagged with. */
    public int salienceOf(String skill) {
        return Math.max(1, salience.getOrDefault(skill, 1));
    }
}
