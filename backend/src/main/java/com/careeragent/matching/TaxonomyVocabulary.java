package com.careeragent.matching;

import java.util.List;

import com.careeragent.matching.scoring.SkillDictionary;
import com.careeragent.skills.SkillTaxonomy;

/** The skill taxonomy in the form the scorer works with: dense ids, related skills, spoken languages. */
public final class TaxonomyVocabulary {

    private TaxonomyVocabulary() {
    }

    public static SkillDictionary of(SkillTaxonomy taxonomy) {
        List<SkillDictionary.Entry> entries = taxonomy.all().stream()
                .map(skill -> new SkillDictionary.Entry(skill.name(), "language".equals(skill.category()),
                        skill.aliases(), skill.related(), skill.category()))
                .toList();
        return new SkillDictionary(entries, taxonomy::canonical, taxonomy::mentions);
    }
}
