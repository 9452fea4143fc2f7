package com.careeragent.matching.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * Which skills make up a technology stack: every programming language of the taxonomy, and the frameworks and
 * platforms listed in {@value #RESOURCE} (React, Django, Spring Boot, Ruby on Rails, PyTorch). Immutable.
 */
final class StackSkills {

    static final String RESOURCE = "matching/stack-frameworks.json";
    private static final String LANGUAGE_CATEGORY = "programming-language";

    private final Set<String> frameworks;

    StackSkills(Collection<String> frameworks) {
        this.frameworks = frameworks.stream().map(StackSkills::key).collect(Collectors.toUnmodifiableSet());
    }

    static StackSkills loadDefault() {
        return Default.INSTANCE;
    }

    /** The listed frameworks, as written in the resource. */
    static List<String> listedFrameworks() {
        return Default.read().frameworks();
    }

    boolean isStack(SkillDictionary skills, int id) {
        return LANGUAGE_CATEGORY.equals(skills.category(id)) || frameworks.contains(key(skills.name(id)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private record Data(String description, List<String> frameworks) {
    }

    private static final class Default {
        static final StackSkills INSTANCE = new StackSkills(read().frameworks());

        static Data read() {
            try (InputStream in = StackSkills.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return JsonMapper.builder().build().readValue(in, Data.class);
            } catch (IOException e) {
                throw new UncheckedIOException(RESOURCE, e);
            }
        }
    }
}
