package com.careeragent.matching.scoring;

import java.util.List;

/**
 * What a posting asks for, read from its text: skills it requires, skills it only calls nice to have,
 * spoken languages it requires, and the minimum years of experience it states (null when none).
 */
public record JobRequirements(List<String> required, List<String> preferred, List<String> languages,
        Integer minYears) {

    public JobRequirements {
        required = List.copyOf(required);
        preferred = List.copyOf(preferred);
        languages = List.copyOf(languages);
    }
}
