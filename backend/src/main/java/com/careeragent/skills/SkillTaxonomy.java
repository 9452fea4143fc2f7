package com.careeragent.skills;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The curated skill taxonomy every module speaks: canonical names, aliases ("k8s" → "Kubernetes"),
 * related skills, and extraction of skills from job descriptions and CVs. Immutable and thread-safe;
 * the classpath data is parsed once per JVM, so the Spring bean and {@link #loadDefault()} share it.
 */
@Component
public final class SkillTaxonomy {

    private static final class Default {
        static final SkillTaxonomy INSTANCE = new SkillTaxonomy(SkillIndex.loadFromClasspath());
    }

    private final SkillIndex index;
    private final SkillExtractor extractor;

    /** The bean Spring creates; same data as {@link #loadDefault()}. */
    public SkillTaxonomy() {
        this(Default.INSTANCE.index, Default.INSTANCE.extractor);
    }

    private SkillTaxonomy(SkillIndex index) {
        this(index, new SkillExtractor(index.extractionEntries(), index.rules));
    }

    private SkillTaxonomy(SkillIndex index, SkillExtractor extractor) {
        this.index = index;
        this.extractor = extractor;
    }

    /** The taxonomy shipped in resources/skills, parsed on first use and cached. */
    public static SkillTaxonomy loadDefault() {
        return Default.INSTANCE;
    }

    /** Case-insensitive lookup of a canonical name or alias; tolerant of "node.js", "nodejs", "Node JS". */
    public Optional<Skill> find(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String key = SkillKeys.tokenKey(nameOrAlias.strip());
        Skill skill = index.bySpelling.get(key);
        if (skill == null) {
            skill = index.bySquashed.get(SkillKeys.squash(nameOrAlias));
        }
        return Optional.ofNullable(skill);
    }

    public Optional<String> canonical(String nameOrAlias) {
        return find(nameOrAlias).map(Skill::name);
    }

    /** Canonical names of the skills mentioned in free text, in order of first mention. */
    public Set<String> extract(String text) {
        return extractor.extract(text);
    }

    /** How often the text mentions each skill, by canonical name, in order of first mention. */
    public Map<String, Integer> mentions(String text) {
        return extractor.mentions(text);
    }

    /** Canonical names for tags such as "golang", "Typescript ", "dev ops"; unknown tags are dropped. */
    public Set<String> fromTags(Collection<String> tags) {
        Set<String> names = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                canonical(tag).ifPresent(names::add);
            }
        }
        return names;
    }

    /** Skills linked to this one in either direction; empty for unknown names. */
    public Set<String> relatedTo(String canonicalName) {
        return canonical(canonicalName).map(name -> index.related.getOrDefault(name, Set.of())).orElse(Set.of());
    }

    public boolean areRelated(String a, String b) {
        Optional<String> other = canonical(b);
        return other.isPresent() && relatedTo(a).contains(other.get());
    }

    public Collection<Skill> all() {
        return index.skills;
    }

}
