package com.careeragent.skills;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The curated data keeps its promises: big enough, no clashes, every related skill exists. */
class SkillTaxonomyDataTest {

    private final SkillTaxonomy taxonomy = SkillTaxonomy.loadDefault();

    @Test
    void holdsAtLeastFiveHundredSkillsAcrossTechAndNonTechCategories() {
        assertThat(taxonomy.all()).hasSizeGreaterThanOrEqualTo(500);
        Set<String> categories = new HashSet<>();
        taxonomy.all().forEach(skill -> categories.add(skill.category()));
        assertThat(categories).contains("programming-language", "frontend", "backend", "database", "cloud", "devops",
                "data", "ml-ai", "mobile", "testing", "security", "design", "product", "project-management",
                "business", "sales", "marketing", "support", "finance", "hr", "language");
    }

    @Test
    void namesAreUniqueIgnoringCase() {
        Set<String> seen = new HashSet<>();
        for (Skill skill : taxonomy.all()) {
            assertThat(seen.add(skill.name().toLowerCase(Locale.ROOT))).as("duplicate name %s", skill.name()).isTrue();
            assertThat(skill.name()).isEqualTo(skill.name().strip()).isNotEmpty();
            assertThat(skill.category()).isNotBlank();
        }
    }

    @Test
    void noNameOrAliasMeansTwoSkills() {
        Map<String, String> owner = new HashMap<>();
        for (Skill skill : taxonomy.all()) {
            for (String form : AmbiguityRules.formsOf(skill)) {
                String key = SkillKeys.tokenKey(form);
                String previous = owner.putIfAbsent(key, skill.name());
                assertThat(previous == null || previous.equals(skill.name()))
                        .as("'%s' of %s already means %s", form, skill.name(), previous).isTrue();
            }
        }
    }

    @Test
    void everyFormFindsItsOwnSkill() {
        for (Skill skill : taxonomy.all()) {
            for (String form : AmbiguityRules.formsOf(skill)) {
                assertThat(taxonomy.canonical(form)).as(form).contains(skill.name());
            }
        }
    }

    @Test
    void relatedEntriesAreKnownCanonicalNamesAndSymmetric() {
        for (Skill skill : taxonomy.all()) {
            for (String related : skill.related()) {
                assertThat(taxonomy.find(related)).as("%s -> %s", skill.name(), related)
                        .hasValueSatisfying(found -> assertThat(found.name()).isEqualTo(related));
                assertThat(taxonomy.relatedTo(related)).contains(skill.name());
            }
            assertThat(skill.related()).doesNotContain(skill.name());
        }
    }

    @Test
    void everyMultiWordFormIsShortEnoughToBeFoundInText() {
        for (Skill skill : taxonomy.all()) {
            for (String form : AmbiguityRules.formsOf(skill)) {
                assertThat(SkillKeys.tokenKey(form).split(" ")).as(form).hasSizeLessThanOrEqualTo(SkillExtractor.MAX_TOKENS);
            }
        }
    }
}
